// lesson: how nil values of each kind print with %v, %#v, %T and with Println
package main

import "fmt"

type T struct{ A int }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var ch chan int
	var f func()
	var i interface{}
	var e error
	fmt.Println(p, s, m, ch, f == nil, i, e)
	fmt.Printf("%v|%v|%v|%v|%v\n", p, s, m, i, e)
	fmt.Printf("%#v|%#v|%#v|%#v|%#v|%#v\n", p, s, m, ch, i, e)
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T\n", p, s, m, ch, f, i, e)
	fmt.Printf("%+v|%s|%d\n", p, s, s)
	fmt.Printf("%s|%d\n", i, i)
	fmt.Printf("%v\n", []interface{}{nil, p, s})
	fmt.Printf("%x|%q\n", s, s)
	fmt.Print(nil, nil, "\n")
	fmt.Print(p, s, "\n")
	fmt.Println(fmt.Sprint(nil) == "<nil>", fmt.Sprintf("%v", []string(nil)) == "[]")
}
