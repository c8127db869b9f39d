// lesson: pointers: & and *, new, pointer to struct auto-dereference, pointers to array elements
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newCounter() *int {
	c := 10 // escapes to the heap, still valid after return
	return &c
}

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q = 5
	c := newCounter()
	*c += *q
	fmt.Println(*c)
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{3, nil}
	for cur := n; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	ap := &arr
	ap[2] = 30
	fmt.Println(arr, len(ap))
	s := []int{1, 2}
	sp := &s[0]
	s = append(s, 3, 4, 5)
	*sp = 100
	fmt.Println(s[0], *sp)
	var np *Node
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 42
	fmt.Println(x)
}
