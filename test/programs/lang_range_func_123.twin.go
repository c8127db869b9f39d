// lesson: Go 1.19 twin of lang_range_func_123: the same iterators called with explicit yield callbacks
package main

import "fmt"

func Countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("  (producer stopped at", i, ")")
				return
			}
		}
	}
}

func Enumerate(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	Countdown(3)(func(v int) bool {
		fmt.Println("got", v)
		return true
	})
	Countdown(10)(func(v int) bool {
		if v == 8 {
			return false
		}
		fmt.Println("early", v)
		return true
	})
	Enumerate([]string{"a", "b", "c"})(func(i int, w string) bool {
		fmt.Println(i, w)
		return true
	})
	total := 0
	Countdown(4)(func(int) bool { total++; return true })
	fmt.Println("total", total)
}
