package main

func Add[T any](a, b T) T {
	return a /* ERROR `invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)` */ + b
}

func Less[T any](a, b T) bool {
	return a /* ERROR `invalid operation: a < b \(type parameter T is not comparable with <\)` */ < b
}

func main() {}
