package main

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Apply[T, U any](xs []T, f func(T) U) []U { return nil }

func use(f func(int) int) {}

func main() {
	// Go 1.21 infers these type arguments from the function types; Go 1.19 does not.
	var g func(float64) float64 = Double /* ERROR "cannot use generic function Double without instantiation" */
	use(Double /* ERROR "cannot use generic function Double without instantiation" */)
	_ = Apply([]int{1}, Double /* ERROR "cannot use generic function Double without instantiation" */)
	_ = g
}
