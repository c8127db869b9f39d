// lesson: Go 1.19 twin of lang_min_max_clear_121: the same results computed by hand
package main

import (
	"fmt"
	"math"
)

type ordered interface {
	~int | ~int8 | ~float64 | ~string
}

func minOf[T ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v != v { // NaN
			return v
		}
		if v < m {
			m = v
		}
	}
	return m
}

func maxOf[T ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v != v {
			return v
		}
		if v > m {
			m = v
		}
	}
	return m
}

func main() {
	fmt.Println(minOf(3, 1, 2), maxOf(3, 1, 2))
	fmt.Println(minOf(2.5, 1.0), maxOf(-1.0, -7.5))
	fmt.Println(minOf("banana", "apple", "cherry"), maxOf("a", "ab"))
	x, y := int8(-3), int8(4)
	fmt.Println(minOf(x, y), maxOf(x, y, 0))
	fmt.Println(minOf(1.0, math.NaN()), maxOf(math.Inf(-1), 0))
	fmt.Println(minOf(0.0, -0.0) == 0, maxOf(7))
	m := map[string]int{"a": 1, "b": 2}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	t := s[:2]
	for i := range t {
		t[i] = 0
	}
	fmt.Println(s, len(t), cap(t))
}
