// lesson: sync.Mutex protects shared state; 100 goroutines x 100 increments always gives 10000
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("total")
				if j%10 == 0 {
					c.Inc(fmt.Sprint("g", i%3))
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.m)
	var mu sync.Mutex
	fmt.Println("TryLock free:", mu.TryLock(), "TryLock held:", mu.TryLock())
	mu.Unlock()
}
