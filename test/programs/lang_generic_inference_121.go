// lesson: Go 1.21 type inference: generic functions passed as arguments, untyped constants of mixed kinds, and assignments
// gosim-flags: --go-version 1.21
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Pair[K comparable, V any](k K, v V) func() (K, V) {
	return func() (K, V) { return k, v }
}

func main() {
	words := []string{"pear", "Apple", "fig", "banana"}
	slices.SortFunc(words, strings.Compare)
	fmt.Println(words)
	nums := []int{5, 2, 9, 1}
	slices.SortFunc(nums, cmp.Compare)
	fmt.Println(nums)

	fmt.Println(Max(1, 2.5), Max('a', 98))
	fmt.Printf("%T %T\n", Max(1, 2.5), Max(3, 'x'))
	fmt.Println(Apply(nums, Double))
	fmt.Println(Apply([]float64{1.25, 2}, Double))

	var f func(int, string) func() (int, string) = Pair
	k, v := f(7, "seven")()
	fmt.Println(k, v)
	var g func(float64) float64 = Double
	fmt.Println(g(1.5))
	idx, found := slices.BinarySearchFunc([]string{"a", "c", "e"}, "c", strings.Compare)
	fmt.Println(idx, found)
}
