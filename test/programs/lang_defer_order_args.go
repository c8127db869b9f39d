// lesson: defers run last-in first-out; their arguments are evaluated when the defer statement runs
package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred with i =", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit via closure:", x) }()
	x = 20
	nested()
	var p *int
	defer func(v *int) { fmt.Println("pointer arg was nil:", v == nil) }(p)
	y := 1
	p = &y
	fmt.Println("main body done")
}
