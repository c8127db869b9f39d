package main

type Node /* ERROR "invalid recursive type Node" */ struct {
	value int
	next  Node
}

type A /* ERROR "invalid recursive type A" */ struct{ b B }
type B struct{ a A }

func main() {}
