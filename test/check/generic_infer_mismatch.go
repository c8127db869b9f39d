package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max(1, 2.5 /* ERROR "default type float64 of 2.5 does not match inferred type int for T" */ )
	x, y := 1, 2.5
	_ = Max(x, y /* ERROR "type float64 of y does not match inferred type int for T" */ )
}
