// lesson: closures capture variables, not values: each generator has its own counter
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int { base += x; return base }
}

func main() {
	next, reset := counter()
	other, _ := counter()
	fmt.Println(next(), next(), next(), other())
	reset()
	fmt.Println(next(), other())
	acc := adder(10)
	fmt.Println(acc(1), acc(2), acc(3))
	x := 1
	f := func() int { return x * 10 }
	x = 5
	fmt.Println("closure sees update:", f())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib(15) =", fib(15))
	funcs := make([]func() int, 3)
	for i := range funcs {
		j := i * i
		funcs[i] = func() int { return j }
	}
	for _, g := range funcs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
