package main

const limit = 10

func f() {}

func main() {
	limit /* ERROR `cannot assign to limit \(untyped int constant 10\)` */ = 20
	f /* ERROR `cannot assign to f \(value of type func\(\)\)` */ = nil
}
