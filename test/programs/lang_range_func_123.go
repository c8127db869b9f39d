// lesson: Go 1.23 range over function iterators: push-style sequences, early break stops the producer
// gosim-flags: --go-version 1.23
package main

import (
	"fmt"
	"iter"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("  (producer stopped at", i, ")")
				return
			}
		}
	}
}

func Enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	for v := range Countdown(3) {
		fmt.Println("got", v)
	}
	for v := range Countdown(10) {
		if v == 8 {
			break
		}
		fmt.Println("early", v)
	}
	for i, w := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Println(i, w)
	}
	total := 0
	for range Countdown(4) {
		total++
	}
	fmt.Println("total", total)
}
