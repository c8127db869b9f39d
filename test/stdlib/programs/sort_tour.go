// lesson: package sort: unstable sorts leave equal elements where Go's pdqsort does; counts of Less and Swap calls
package main

import (
	"fmt"
	"math"
	"sort"
)

type rec struct {
	key int
	tag string
}

type byKey struct {
	rs          []rec
	less, swaps int
}

func (b *byKey) Len() int { return len(b.rs) }
func (b *byKey) Less(i, j int) bool {
	b.less++
	return b.rs[i].key < b.rs[j].key
}
func (b *byKey) Swap(i, j int) {
	b.swaps++
	b.rs[i], b.rs[j] = b.rs[j], b.rs[i]
}

func main() {
	seed := uint32(7)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>16) % n
	}
	for _, size := range []int{5, 13, 40, 60, 200} {
		rs := make([]rec, size)
		for i := range rs {
			rs[i] = rec{next(5), fmt.Sprint(string(rune('a'+i%26)), i)}
		}
		a := &byKey{rs: append([]rec(nil), rs...)}
		sort.Sort(a)
		fmt.Println(size, a.less, a.swaps, a.rs[:5])
		fmt.Println(" sorted", sort.IsSorted(a))
		b := &byKey{rs: append([]rec(nil), rs...)}
		sort.Stable(b)
		fmt.Println(" stable", b.less, b.swaps, b.rs[:5])
		c := append([]rec(nil), rs...)
		sort.Slice(c, func(i, j int) bool { return c[i].key > c[j].key })
		fmt.Println(" slice", c[:5])
		d := append([]rec(nil), rs...)
		sort.SliceStable(d, func(i, j int) bool { return d[i].key > d[j].key })
		fmt.Println(" slicestable", d[:5])
		e := &byKey{rs: append([]rec(nil), rs...)}
		sort.Sort(sort.Reverse(e))
		fmt.Println(" reverse", e.less, e.swaps, e.rs[:5])
	}
	fs := []float64{3, math.Copysign(0, -1), math.NaN(), 0, -1, math.Inf(1), 0, math.Copysign(0, -1), math.NaN(), 2, -0.5, math.Inf(-1), 0, 1, 1}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs), sort.SearchFloat64s(fs, 1))
	ss := []string{"pear", "Apple", "fig", "apple", "", "banana"}
	sort.Strings(ss)
	fmt.Printf("%q %d %v\n", ss, sort.SearchStrings(ss, "fig"), sort.StringsAreSorted(ss))
	is := []int{9, -3, 5, 5, 0, 100, -3}
	sort.Sort(sort.Reverse(sort.IntSlice(is)))
	fmt.Println(is, sort.IntsAreSorted(is))
	sort.Ints(is)
	fmt.Println(is, sort.SearchInts(is, 5), sort.SearchInts(is, 6))
	i, found := sort.Find(len(is), func(i int) int { return 5 - is[i] })
	fmt.Println(i, found, sort.Search(100, func(n int) bool { return n*n > 50 }))
}
