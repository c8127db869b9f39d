// lesson: comparable allows == and map keys in generic code; generic Set and Index functions
package main

import (
	"fmt"
	"sort"
)

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type point struct{ x, y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	fmt.Println(Index([]point{{1, 2}, {3, 4}}, point{3, 4}))
	s := Set[int]{}
	s.Add(3, 1, 3, 2)
	fmt.Println(len(s), s.Has(2), s.Has(7), s)
	ks := Keys(map[string]bool{"z": true, "a": false, "m": true})
	sort.Strings(ks)
	fmt.Println(ks)
	ps := Set[point]{}
	ps.Add(point{1, 1}, point{1, 1})
	fmt.Println(len(ps))
	type pair [2]string
	fmt.Println(Index([]pair{{"a", "b"}, {"c", "d"}}, pair{"c", "d"}))
}
