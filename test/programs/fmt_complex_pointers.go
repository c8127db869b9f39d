// lesson: complex numbers print as (re+imi); pointers to structs print as &{...}, other pointers as addresses
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func main() {
	c := complex(1.5, -2)
	fmt.Println(c, complex64(c), -c, c*c)
	fmt.Printf("%v|%.1f|%+.2e|%8.1f|%g\n", c, c, c, c, c)
	fmt.Printf("%v %v\n", complex(0, 0), complex(-0.5, 1e21))
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, n.Next)
	fmt.Println(&Node{3, nil}, []*Node{nil}, &[]int{1, 2}, &map[string]int{"a": 1}, &[2]bool{})
	x := 5
	px := &x
	fmt.Println(px == &x, *px)
	fmt.Printf("%v\n", struct{ P *int }{nil})
	type wrapper struct{ N *Node }
	fmt.Printf("%+v\n", wrapper{})
}
