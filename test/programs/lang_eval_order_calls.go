// lesson: order of evaluation: gc runs a statement's calls before it reads the variables beside them
package main

import "fmt"

var hits int

func hit() int {
	hits++
	return hits
}

type Counter struct{ n int }

func (c *Counter) Next() int {
	c.n++
	return c.n
}

func main() {
	// Only calls are ordered by the spec; gc evaluates them first, then reads hits.
	fmt.Println(hits, hit(), hits)
	total := hits + hit()
	fmt.Println(total)

	n := 0
	inc := func() int { n += 10; return n }
	fmt.Println(n, inc(), n)
	fmt.Println(n*2 + inc())

	var c Counter
	fmt.Println(c.n, c.Next(), c.n)
	vals := []int{c.n, c.Next(), c.n}
	fmt.Println(vals)

	// len, comparisons and small values converted to interfaces are taken early, with the calls.
	s := "ab"
	grow := func() int { s += "cd"; return len(s) }
	fmt.Println(len(s), s == "ab", s, grow())

	m := map[string]int{}
	m["a"], m["b"] = hits, hit()
	fmt.Println(m)
	if hits == 3 && hit() == 4 {
		fmt.Println("short-circuit in order:", hits)
	}
	defer func(a, b int) { fmt.Println("deferred", a, b) }(hits, hit())
	hits = 100
}

func init() {
	x := 1
	set := func() int { x = 5; return 0 }
	go func(a, b int) {}(x, set())
	fmt.Println("go arguments in order:", x)
}
