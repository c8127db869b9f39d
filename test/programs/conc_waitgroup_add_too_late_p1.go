// lesson: wg.Add inside the goroutine is too late: Wait can return before any worker starts
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i := 0; i < 3; i++ {
		go func() {
			wg.Add(1)
			defer wg.Done()
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.Lock()
	fmt.Println("finished after Wait:", done)
	mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	fmt.Println("finished later:", done)
	mu.Unlock()
}
