// lesson: package variables initialise in dependency order, then init functions run in source order
package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(values...)
var values = []int{a, b, c, d}

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println("sum of", xs)
	return t
}

func init() {
	fmt.Println("first init, a =", a, "total =", total)
	d = 100
}

var registry = map[string]func() string{}

func init() {
	registry["hello"] = func() string { return "hi" }
	fmt.Println("second init, d =", d)
}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair called")
	return 10, 20
}

func init() {
	fmt.Println("third init", x, y, len(registry))
}

func main() {
	fmt.Println("main", a, b, c, d, total, registry["hello"]())
}
