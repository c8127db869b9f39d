// lesson: a deadlock report lists every blocked goroutine and what it waits on
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	results := make(chan int)
	var wg sync.WaitGroup
	wg.Add(4)
	go func() {
		defer wg.Done()
		results <- 1
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
		cond.Wait()
		mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		select {
		case <-results:
		case results <- 2:
		}
	}()
	go func() {
		defer wg.Done()
		var nilCh chan int
		<-nilCh
	}()
	fmt.Println("waiting")
	wg.Wait()
}
