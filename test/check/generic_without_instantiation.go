package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

type Box[T any] struct{ v T }

func main() {
	f := Map /* ERROR "cannot use generic function Map without instantiation" */
	var b Box /* ERROR `cannot use generic type Box\[T any\] without instantiation` */
	_, _ = f, b
}
