// lesson: package vars initialise in dependency order, then every init() runs in source order, then main
package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum()

func f(name string, v int) int {
	fmt.Println("initialising", name)
	return v
}

func sum() int {
	fmt.Println("computing total from a =", a)
	return a + d
}

func init() {
	fmt.Println("first init, total =", total)
	d = 100
}

func init() {
	fmt.Println("second init, d =", d)
}

func main() {
	fmt.Println("main:", a, b, c, d, total)
}

func init() {
	fmt.Println("third init (declared after main)")
}
