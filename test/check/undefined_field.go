package main

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	_ = p.Z /* ERROR "p.Z undefined \\(type Point has no field or method Z\\)" */
	p.x /* ERROR "p.x undefined" */ = 3
}
