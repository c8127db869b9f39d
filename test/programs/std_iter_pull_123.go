// lesson: Go 1.23 iter.Pull turns a push iterator into next/stop calls: zipping two sequences, stopping early
// gosim-flags: --go-version 1.23
package main

import (
	"fmt"
	"iter"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				fmt.Println("  fib stopped at", a)
				return
			}
			a, b = b, a+b
		}
	}
}

func Words(ws ...string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range ws {
			if !yield(w) {
				return
			}
		}
		fmt.Println("  words exhausted")
	}
}

func Indexed(ws ...string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range ws {
			if !yield(i*10, w) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Fib())
	for i := 0; i < 8; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)
	stop()

	nw, sw := iter.Pull(Words("one", "two"))
	nf, sf := iter.Pull(Fib())
	for {
		w, ok1 := nw()
		f, ok2 := nf()
		if !ok1 || !ok2 {
			fmt.Println("zip ends:", ok1, ok2)
			break
		}
		fmt.Println("zip", w, f)
	}
	sw()
	sf()

	n2, s2 := iter.Pull2(Indexed("a", "b", "c"))
	for {
		k, v, ok := n2()
		if !ok {
			break
		}
		fmt.Println("pull2", k, v)
	}
	s2()
	k, v2, ok := n2()
	fmt.Printf("%d %q %v\n", k, v2, ok)

	_, stopUnused := iter.Pull(Fib())
	stopUnused()
	fmt.Println("stopped before starting")
}
