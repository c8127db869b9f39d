// lesson: Sscan, Sscanf and Sscanln parse text into variables and report counts and errors
package main

import "fmt"

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscan("alice 30 1.68", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	n, err = fmt.Sscanf("id=42 tag=go", "id=%d tag=%s", &age, &name)
	fmt.Println(n, err, age, name)
	var a, b int
	n, err = fmt.Sscanf("7-8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("12 abc", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(n, err)
	var s1, s2 string
	n, err = fmt.Sscanln("one two\nthree", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	n, err = fmt.Sscan("only", &s1, &s2)
	fmt.Println(n, err)
	var hex int
	var r rune
	n, err = fmt.Sscanf("ff Z", "%x %c", &hex, &r)
	fmt.Println(n, err, hex, string(r))
	var ok bool
	n, err = fmt.Sscan("true", &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscan("300", new(int8))
	fmt.Println(n, err)
}
