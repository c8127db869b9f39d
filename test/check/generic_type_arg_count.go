package main

func Pair[K comparable, V any](k K, v V) {}

type Box[T any] struct{ v T }

func main() {
	_ = Pair[int, string, bool /* ERROR "got 3 type arguments but want 2" */ ]
	_ = Box /* ERROR "got 2 arguments but 1 type parameters" */ [int, int]{}
}
