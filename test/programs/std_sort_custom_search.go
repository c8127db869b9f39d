// lesson: sort.Sort with a type implementing Len/Less/Swap, and sort.Search for binary search
package main

import (
	"fmt"
	"sort"
)

type Card struct {
	Rank int
	Suit string
}

type Hand []Card

func (h Hand) Len() int      { return len(h) }
func (h Hand) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h Hand) Less(i, j int) bool {
	if h[i].Suit != h[j].Suit {
		return h[i].Suit < h[j].Suit
	}
	return h[i].Rank < h[j].Rank
}

func main() {
	h := Hand{{10, "spades"}, {2, "hearts"}, {14, "clubs"}, {3, "spades"}, {9, "hearts"}}
	sort.Sort(h)
	fmt.Println(h, sort.IsSorted(h))
	sorted := []int{2, 4, 4, 4, 8, 16, 32}
	first4 := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 })
	after4 := sort.Search(len(sorted), func(i int) bool { return sorted[i] > 4 })
	fmt.Println("4s at", first4, "to", after4)
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 100 })
	fmt.Println("100 would go at", idx, "of", len(sorted))
	sqrt := sort.Search(1000, func(n int) bool { return n*n >= 500 })
	fmt.Println("smallest n with n*n >= 500:", sqrt)
}
