package main

func one() int {
	return 1, 2 /* ERROR "too many return values" */
}

func none() {
	return 5 /* ERROR "too many return values" */
}

func main() { _ = one(); none() }
