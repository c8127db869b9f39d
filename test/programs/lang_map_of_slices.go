// lesson: maps of slices: append to a missing key works on the nil zero value; write the slice back
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("apple avocado banana blueberry cherry apricot beet")
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	keys := make([]int, 0)
	for k := range byLetter {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%c: %v\n", k, byLetter[byte(k)])
	}
	m := map[string][]int{}
	s := m["x"]
	s = append(s, 1)
	fmt.Println(len(m), s)
	m["x"] = s
	m["x"][0] = 100
	fmt.Println(m)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	nested["a"]["b"]++
	fmt.Println(nested, len(nested["zz"]))
}
