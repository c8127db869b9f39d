package main

func sum(xs ...int) int { return 0 }

func main() {
	rest := []int{2, 3}
	_ = sum(1, rest /* ERROR "too many arguments in call to sum" */ ...)
}
