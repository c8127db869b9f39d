// lesson: goroutines + WaitGroup: each writes its own slot, so results are deterministic after Wait
package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	results := make([]int, 8)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = square(i + 1)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var total int
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	wg2.Add(len(results))
	for _, r := range results {
		go func(v int) {
			defer wg2.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}(r)
	}
	wg2.Wait()
	fmt.Println("total:", total)
}
