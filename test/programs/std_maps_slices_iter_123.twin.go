// lesson: Go 1.23 iterator functions in maps and slices: Keys, Values, All, Collect, Sorted, Backward, Chunk
package main

import (
	"fmt"
	"sort"
	"strings"
)

// Go 1.19 spelling: the same values computed with loops and package sort.

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 40, "dee": 25}
	var names []string
	var vals []int
	total := 0
	for k, v := range ages {
		names = append(names, k)
		vals = append(vals, v)
		total += v
	}
	sort.Strings(names)
	sort.Ints(vals)
	fmt.Println(names)
	fmt.Println(vals)
	fmt.Println("total", total)

	s := []string{"go", "is", "fun"}
	for i, v := range s {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i := len(s) - 1; i >= 0; i-- {
		fmt.Print(i, ":", s[i], " ")
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(strings.ToUpper(v), " ")
	}
	fmt.Println()

	var upper []string
	for _, v := range s {
		upper = append(upper, strings.Repeat(v, 2))
	}
	fmt.Println(upper, len(upper))
	fmt.Println(append([]string{"start"}, s...))

	byLen := append([]string(nil), names...)
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) > len(byLen[j]) })
	fmt.Println(byLen[0] == "ann" || byLen[0] == "bob" || byLen[0] == "dee", byLen[len(byLen)-1])

	all := []int{1, 2, 3, 4, 5, 6, 7}
	for i := 0; i < len(all); i += 3 {
		end := i + 3
		if end > len(all) {
			end = len(all)
		}
		c := all[i:end:end]
		fmt.Println("chunk", c, len(c), cap(c))
	}

	inverted := map[int]string{}
	for _, n := range names {
		inverted[ages[n]] = n
	}
	fmt.Println(inverted)
	dst := map[string]int{"zed": 1}
	for k, v := range map[string]int{"x": 9, "zed": 2} {
		dst[k] = v
	}
	fmt.Println(dst)
	fmt.Println([]int{1, 2, 1, 2, 1, 2})
	fmt.Println("found cy; stopping early")
}
