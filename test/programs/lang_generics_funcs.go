// lesson: generic functions with type parameters, explicit instantiation and inference
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	nums := []int{1, 2, 3, 4, 5}
	sq := Map(nums, func(n int) int { return n * n })
	strs := Map(sq, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(sq, strs)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Reduce(nums, "", func(a string, n int) string { return a + fmt.Sprint(n) }))
	fmt.Println(Reduce[int, float64](nums, 0.5, func(a float64, n int) float64 { return a + float64(n) }))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	f := Map[string, int]
	fmt.Printf("%T\n", f)
	fmt.Println(f([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))
}
