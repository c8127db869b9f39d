// lesson: Go 1.23 generic iterator adapters (Filter, Map, Take) and a recursive in-order walk of a binary tree
// gosim-flags: --go-version 1.23
package main

import (
	"cmp"
	"fmt"
	"iter"
)

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.push(yield) }
}

func main() {
	squaresOfOdds := Map(Filter(Naturals(), func(n int) bool { return n%2 == 1 }), func(n int) int { return n * n })
	for v := range Take(squaresOfOdds, 5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	labels := Map(Take(Naturals(), 3), func(n int) string { return fmt.Sprintf("<%d>", n) })
	for s := range labels {
		fmt.Print(s)
	}
	fmt.Println()

	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e", "q", "z"} {
		root = root.Insert(w)
	}
	for w := range root.All() {
		fmt.Print(w, " ")
		if w == "q" {
			break
		}
	}
	fmt.Println()
	count := 0
	for range root.All() {
		count++
	}
	fmt.Println("nodes:", count)
}
