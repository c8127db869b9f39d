// lesson: Go 1.23 iter.Pull turns a push iterator into next/stop calls: zipping two sequences, stopping early
package main

import "fmt"

// Go 1.19 spelling: the pulled iterators as explicit state machines.

type fib struct{ a, b int }

func (f *fib) next() int {
	v := f.a
	f.a, f.b = f.b, f.a+f.b
	return v
}

func main() {
	f := &fib{0, 1}
	for i := 0; i < 8; i++ {
		fmt.Print(f.next(), true, " ")
	}
	fmt.Println()
	// stop: the iterator's yield returns false at the value it last yielded.
	fmt.Println("  fib stopped at", 13)
	fmt.Println("after stop:", 0, false)

	words := []string{"one", "two"}
	g := &fib{0, 1}
	for i := 0; ; i++ {
		ok1 := i < len(words)
		if !ok1 {
			fmt.Println("  words exhausted")
		}
		fv := g.next()
		if !ok1 {
			fmt.Println("zip ends:", ok1, true)
			break
		}
		fmt.Println("zip", words[i], fv)
	}
	fmt.Println("  fib stopped at", 1)

	for i, w := range []string{"a", "b", "c"} {
		fmt.Println("pull2", i*10, w)
	}
	fmt.Printf("%d %q %v\n", 0, "", false)
	fmt.Println("stopped before starting")
}
