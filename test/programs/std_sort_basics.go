// lesson: sort.Ints, Strings, Float64s, IsSorted, and sort.Sort(sort.Reverse(...))
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"banana", "Apple", "cherry", "apple", "", "10", "9"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, math.Inf(-1), math.NaN(), -0.5, 1}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.SearchInts([]int{1, 3}, 9))
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}
