// lesson: Go 1.23 range over functions: a defer in the loop body belongs to the enclosing function, and panics cross the iterator
// gosim-flags: --go-version 1.23
package main

import (
	"fmt"
	"iter"
)

func Letters(s string) iter.Seq2[int, rune] {
	return func(yield func(int, rune) bool) {
		defer fmt.Println("  letters: iterator returns")
		for i, r := range s {
			if !yield(i, r) {
				return
			}
		}
	}
}

func collect() (out string) {
	defer func() { fmt.Println("collect returns", out) }()
	for i, r := range Letters("abc") {
		defer func() { out += string(r) }()
		fmt.Println("body", i, string(r))
	}
	fmt.Println("after the loop")
	return "<"
}

func risky(stopAt rune) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
		}
	}()
	for _, r := range Letters("xyz") {
		if r == stopAt {
			panic("found " + string(r))
		}
		fmt.Println("risky saw", string(r))
	}
	return nil
}

func main() {
	fmt.Println(collect())
	fmt.Println(risky('y'))
	fmt.Println(risky('q'))
	closures := []func(){}
	for i, r := range Letters("hi") {
		closures = append(closures, func() { fmt.Println("closure", i, string(r)) })
	}
	for _, f := range closures {
		f()
	}
}
