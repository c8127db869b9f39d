// lesson: method values bind their receiver when evaluated; method expressions take it as an argument
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()           { c.n++ }
func (c Counter) Get() int        { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	c := Counter{name: "hits"}
	inc := c.Inc // &c bound now
	get := c.Get // a copy of c bound now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())

	pinc := (*Counter).Inc
	pget := Counter.Get
	plabel := Counter.Label
	pinc(&c)
	fmt.Println(pget(c), plabel(c, "name: "))
	fmt.Printf("%T\n%T\n%T\n", pinc, pget, plabel)

	ptrGet := (*Counter).Get
	fmt.Println(ptrGet(&c))

	var fs []func()
	cs := []*Counter{{name: "a"}, {name: "b"}}
	for _, cc := range cs {
		fs = append(fs, cc.Inc)
	}
	for _, f := range fs {
		f()
		f()
	}
	fmt.Println(cs[0].n, cs[1].n)

	add := Op(func(a, b int) int { return a + b })
	apply := add.Apply
	fmt.Println(apply(2, 3), Op.Apply(add, 4, 5))

	type Shower interface{ Get() int }
	var s Shower = c
	g := s.Get
	c.n = 100
	fmt.Println(g(), Shower.Get(c))
}
