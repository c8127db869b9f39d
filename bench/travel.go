// The time-travel benchmark's program: a producer goroutine sends items over
// a buffered channel, main counts them in a map and keeps every tenth in a
// slice, so the heap (and each checkpoint) grows as the run goes on.
package main

import "fmt"

type item struct {
	id, v int
}

func producer(n int, out chan<- item) {
	for i := 0; i < n; i++ {
		out <- item{i, i * i % 97}
	}
	close(out)
}

func main() {
	counts := map[int]int{}
	var kept []item
	ch := make(chan item, 16)
	go producer(3000000, ch)
	for it := range ch {
		counts[it.v]++
		if it.id%10 == 0 {
			kept = append(kept, it)
		}
	}
	fmt.Println(len(counts), len(kept))
}
