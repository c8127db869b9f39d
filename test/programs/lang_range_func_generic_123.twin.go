// lesson: Go 1.23 generic iterator adapters (Filter, Map, Take) and a recursive in-order walk of a binary tree
package main

import "fmt"

// Go 1.19 spelling: the pipelines as plain loops, the tree walk with a callback.

type Tree struct {
	Left, Right *Tree
	Val         string
}

func (t *Tree) Insert(v string) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) push(yield func(string) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func main() {
	taken := 0
	for n := 1; taken < 5; n++ {
		if n%2 == 1 {
			fmt.Print(n*n, " ")
			taken++
		}
	}
	fmt.Println()
	for n := 1; n <= 3; n++ {
		fmt.Print(fmt.Sprintf("<%d>", n))
	}
	fmt.Println()

	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "e", "q", "z"} {
		root = root.Insert(w)
	}
	root.push(func(w string) bool {
		fmt.Print(w, " ")
		return w != "q"
	})
	fmt.Println()
	count := 0
	root.push(func(string) bool { count++; return true })
	fmt.Println("nodes:", count)
}
