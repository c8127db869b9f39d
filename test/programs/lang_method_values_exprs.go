// lesson: method values bind the receiver when evaluated; method expressions T.M and (*T).M take it as first argument
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) Plus(d int) int { return c.n + d }

func main() {
	c := Counter{n: 1}
	get := c.Get // copies c now
	add := c.Add // binds &c
	add(10)
	fmt.Println("c.n =", c.n, "get() =", get())
	fmt.Println("fresh method value:", c.Get())

	g := Counter.Get
	p := Counter.Plus
	a := (*Counter).Add
	gp := (*Counter).Get
	a(&c, 5)
	fmt.Println(g(c), p(c, 100), gp(&c))
	fmt.Printf("%T\n%T\n%T\n", g, a, add)

	fs := []func(int){c.Add, c.Add}
	for _, f := range fs {
		f(1)
	}
	fmt.Println("after two bound adds:", c.n)

	pc := &Counter{n: 7}
	pget := pc.Get // evaluates *pc now
	pc.n = 8
	fmt.Println("pget() =", pget(), "pc.Get() =", pc.Get())
}
