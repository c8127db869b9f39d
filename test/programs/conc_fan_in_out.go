// lesson: fan-out work to several goroutines and fan-in their results onto one channel (sorted at the end)
package main

import (
	"fmt"
	"sort"
	"sync"
)

func fanOut(in <-chan int, n int, f func(int) int) []<-chan int {
	outs := make([]<-chan int, n)
	for i := 0; i < n; i++ {
		out := make(chan int)
		outs[i] = out
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
	}
	return outs
}

func fanIn(chans ...<-chan int) <-chan int {
	merged := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				merged <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(merged) }()
	return merged
}

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 12; i++ {
			in <- i
		}
		close(in)
	}()
	var got []int
	for v := range fanIn(fanOut(in, 4, func(x int) int { return x * 10 })...) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(len(got), got)
}
