// lesson: Go 1.19 twin of std_slices_pkg_121: the same operations written with loops and sort
package main

import (
	"fmt"
	"sort"
	"strings"
)

func index(s []int, v int) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	fmt.Println(index(s, 8) >= 0, index(s, 2), index(s, 7))
	mn, mx := s[0], s[0]
	for _, v := range s {
		if v < mn {
			mn = v
		}
		if v > mx {
			mx = v
		}
	}
	fmt.Println(mn, mx)
	c := append([]int(nil), s...)
	sort.Ints(c)
	fmt.Println(c, s)
	i := sort.SearchInts(c, 8)
	fmt.Println(i, i < len(c) && c[i] == 8)
	out := c[:1]
	for _, v := range c[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	c = out
	fmt.Println(c)
	c = append(c[:1], append([]int{100, 101}, c[1:]...)...)
	fmt.Println(c)
	c = append(c[:0], c[2:]...)
	fmt.Println(c)
	for l, r := 0, len(c)-1; l < r; l, r = l+1, r-1 {
		c[l], c[r] = c[r], c[l]
	}
	eq := len(c) == 5
	for k, v := range []int{9, 8, 5, 2, 101} {
		eq = eq && c[k] == v
	}
	fmt.Println(c, eq)
	words := []string{"Banana", "apple", "Cherry"}
	sort.Slice(words, func(a, b int) bool { return strings.ToLower(words[a]) < strings.ToLower(words[b]) })
	idx := -1
	for k, w := range words {
		if strings.HasPrefix(w, "C") {
			idx = k
			break
		}
	}
	fmt.Println(words, idx)
}
