// lesson: maps: zero values for missing keys, comma-ok, delete during range, len; print sorted by fmt
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	fmt.Println(m["zz"], len(m))
	v, ok := m["b"]
	fmt.Println(v, ok)
	_, ok = m["q"]
	fmt.Println(ok)
	for k, v := range m {
		if v%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println("after deleting evens:", m, len(m))
	delete(m, "not there")
	m["a"] += 10
	m["new"]++
	fmt.Println(m)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	keys := []string{}
	for r, c := range counts {
		keys = append(keys, fmt.Sprintf("%c=%d", r, c))
	}
	sort.Strings(keys)
	fmt.Println(keys, counts)
	m2 := m
	m2["shared"] = 1
	fmt.Println(len(m), m["shared"])
	fmt.Println(map[float64]string{2.5: "x", -1: "y"}, map[bool]int{true: 1, false: 0})
}
