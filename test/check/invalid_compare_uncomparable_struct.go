package main

type Bag struct{ items []string }

func main() {
	x, y := Bag{}, Bag{}
	_ = x /* ERROR "invalid operation: x == y \\(struct containing \\[\\]string cannot be compared\\)" */ == y
}
