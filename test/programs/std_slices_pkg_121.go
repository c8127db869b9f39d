// lesson: Go 1.21 slices package: Sort, Contains, Index, Insert, Delete, Reverse, Max, BinarySearch, Compact
// gosim-flags: --go-version 1.21
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	fmt.Println(slices.Contains(s, 8), slices.Index(s, 2), slices.Index(s, 7))
	fmt.Println(slices.Min(s), slices.Max(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s)
	i, found := slices.BinarySearch(c, 8)
	fmt.Println(i, found)
	c = slices.Compact(c)
	fmt.Println(c)
	c = slices.Insert(c, 1, 100, 101)
	fmt.Println(c)
	c = slices.Delete(c, 0, 2)
	fmt.Println(c)
	slices.Reverse(c)
	fmt.Println(c, slices.Equal(c, []int{9, 8, 5, 2, 101}))
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words, slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "C") }))
}
