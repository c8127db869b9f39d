// lesson: Go 1.23 iterator functions in maps and slices: Keys, Values, All, Collect, Sorted, Backward, Chunk
// gosim-flags: --go-version 1.23
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 40, "dee": 25}
	names := slices.Sorted(maps.Keys(ages))
	fmt.Println(names)
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	total := 0
	for _, a := range maps.All(ages) {
		total += a
	}
	fmt.Println("total", total)

	s := []string{"go", "is", "fun"}
	for i, v := range slices.All(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		fmt.Print(strings.ToUpper(v), " ")
	}
	fmt.Println()

	upper := slices.Collect(func(yield func(string) bool) {
		for _, v := range s {
			if !yield(strings.Repeat(v, 2)) {
				return
			}
		}
	})
	fmt.Println(upper, len(upper))
	fmt.Println(slices.AppendSeq([]string{"start"}, slices.Values(s)))

	byLen := slices.SortedFunc(maps.Keys(ages), func(a, b string) int { return len(b) - len(a) })
	fmt.Println(byLen[0] == "ann" || byLen[0] == "bob" || byLen[0] == "dee", byLen[len(byLen)-1])

	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Println("chunk", c, len(c), cap(c))
	}

	inverted := maps.Collect(func(yield func(int, string) bool) {
		for _, n := range names {
			if !yield(ages[n], n) {
				return
			}
		}
	})
	fmt.Println(inverted)
	dst := map[string]int{"zed": 1}
	maps.Insert(dst, maps.All(map[string]int{"x": 9, "zed": 2}))
	fmt.Println(dst)
	fmt.Println(slices.Repeat([]int{1, 2}, 3))
	for k := range maps.Keys(ages) {
		if k == "cy" {
			fmt.Println("found cy; stopping early")
			break
		}
	}
}
