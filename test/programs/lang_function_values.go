// lesson: functions are values: stored in maps, passed, returned; only comparable to nil
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(a, b int) int

func apply(op Op, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := []string{}
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, apply(ops[n], 7, 3))
	}
	var f func()
	fmt.Println("nil func:", f == nil)
	shout := compose(strings.TrimSpace, strings.ToUpper)
	fmt.Printf("%q\n", shout("  hi there "))
	fmt.Printf("%T\n", apply)
	fmt.Printf("%T\n", ops["add"])
	func(msg string) { fmt.Println("immediately invoked:", msg) }("ok")
	fns := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	v := 3
	for _, fn := range fns {
		v = fn(v)
	}
	fmt.Println(v)
}
