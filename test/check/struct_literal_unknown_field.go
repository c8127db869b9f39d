package main

type Point struct{ X, Y int }

func main() {
	_ = Point{X: 1, Z /* ERROR "unknown field 'Z' in struct literal of type Point" */ : 2}
}
