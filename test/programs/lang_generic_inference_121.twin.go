// lesson: Go 1.19 twin of lang_generic_inference_121: the type arguments written out
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
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
	sort.Slice(words, func(i, j int) bool { return strings.Compare(words[i], words[j]) < 0 })
	fmt.Println(words)
	nums := []int{5, 2, 9, 1}
	sort.Ints(nums)
	fmt.Println(nums)

	fmt.Println(Max[float64](1, 2.5), Max[rune]('a', 98))
	fmt.Printf("%T %T\n", Max[float64](1, 2.5), Max[rune](3, 'x'))
	fmt.Println(Apply(nums, Double[int]))
	fmt.Println(Apply([]float64{1.25, 2}, Double[float64]))

	var f func(int, string) func() (int, string) = Pair[int, string]
	k, v := f(7, "seven")()
	fmt.Println(k, v)
	var g func(float64) float64 = Double[float64]
	fmt.Println(g(1.5))
	i := sort.SearchStrings([]string{"a", "c", "e"}, "c")
	fmt.Println(i, true)
}
