package main

func main() {
	x := 10
	_ = x / 0 /* ERROR "invalid operation: division by zero" */
	_ = x % 0 /* ERROR "division by zero" */
	const zero = 0
	_ = 1.5 / zero /* ERROR "division by zero" */
}
