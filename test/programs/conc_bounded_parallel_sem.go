// lesson: bounded parallelism: a buffered channel as a semaphore lets at most three goroutines work at once
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			results[i] = i * i
			running.Add(-1)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak concurrency:", peak.Load(), "now running:", running.Load())
}
