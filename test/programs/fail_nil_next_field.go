// lesson: walking off the end of a linked list: the nil dereference faults at the offset of the field read (addr=0x8 for Next)
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	return n.Val + n.Next.Sum()
}

func (n *Node) Last() *Node {
	for n.Next != nil {
		n = n.Next
	}
	return n
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("last:", list.Last().Val)
	var empty *Node
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(empty.Last())
	}()
	fmt.Println(list.Sum())
}
