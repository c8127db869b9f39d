// lesson: %v, %+v and %#v on structs, nested structs, pointers to structs and embedded fields
package main

import "fmt"

type Point struct{ X, Y int }
type Inner struct {
	Tags []string
	M    map[string]int
}
type Outer struct {
	Name  string
	P     Point
	PP    *Point
	In    Inner
	Any   interface{}
	Point // embedded
	priv  float64
}

func main() {
	o := Outer{Name: "o", P: Point{1, 2}, PP: nil, In: Inner{[]string{"a"}, map[string]int{"k": 1}},
		Any: Point{5, 6}, Point: Point{7, 8}, priv: 1.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%v %+v %#v\n", &Point{1, 2}, &Point{1, 2}, []Point{{1, 2}})
	var z Outer
	fmt.Printf("%v\n%+v\n", z, z)
	pp := &o.P
	ppp := &pp
	fmt.Printf("%v %T\n", *ppp, ppp)
	fmt.Printf("%v\n", []*Point{nil}[0])
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%d\n", Point{10, 20})
	fmt.Printf("%x %05d\n", Point{255, 16}, Point{1, 2})
}
