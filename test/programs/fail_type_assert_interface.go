// lesson: asserting to an interface the dynamic type lacks panics with "missing method"
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	var x interface{} = Square{2}
	fmt.Println("have a", x)
	s := x.(Shape)
	fmt.Println(s.Area())
}
