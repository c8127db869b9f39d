package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1, 2, 3 /* ERROR "too many arguments in call to add" */ )
}
