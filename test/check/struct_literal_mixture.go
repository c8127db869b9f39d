package main

type Point struct{ X, Y int }

func main() {
	_ = Point{X: 1, 2 /* ERROR "mixture of field:value and value elements in struct literal" */ }
}
