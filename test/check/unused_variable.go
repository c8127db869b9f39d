package main

func main() {
	x /* ERROR "x declared but not used" */ := 1
	var y /* ERROR "y declared but not used" */ string
	z := 3
	_ = z
}
