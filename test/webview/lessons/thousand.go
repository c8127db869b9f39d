// A thousand goroutines: workers that wait on a channel, sleep, take a mutex
// and report to a WaitGroup, so every kind of queue and wait is populated.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, mu *sync.Mutex, total *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j%7) * time.Millisecond)
		mu.Lock()
		*total += j
		mu.Unlock()
	}
}

func spinner(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 3
	}
	return s
}

func main() {
	jobs := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 900; i++ {
		wg.Add(1)
		go worker(i, jobs, &mu, &total, &wg)
	}
	for i := 0; i < 100; i++ {
		go spinner(20000 + i)
	}
	for j := 0; j < 3000; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("total", total)
}
