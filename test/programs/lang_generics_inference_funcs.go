// lesson: type inference from arguments, function arguments and partial instantiation
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

func Convert[To, From interface{ ~int | ~float64 }](x From) To { return To(x) }

type IntSlice []int

func First[S ~[]E, E any](s S) E { return s[0] }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	strs := Map(sq, func(n int) string { return fmt.Sprint("#", n) })
	fmt.Println(strs, len(strs))
	even := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(even)
	sum := Reduce(nums, 0.5, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Println(sum)
	fmt.Println(Convert[float64](7), Convert[int](3.99))
	fmt.Println(First(IntSlice{9, 8}))
	fmt.Printf("%T\n", First(IntSlice{9, 8}))
	fmt.Println(Keys(map[string]bool{"a": true}))
	f := Map[int, bool]
	fmt.Println(f([]int{0, 1}, func(i int) bool { return i > 0 }))
}
