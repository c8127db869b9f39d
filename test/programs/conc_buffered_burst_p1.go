// lesson: with GOMAXPROCS=1 a producer fills a buffered channel before the consumer gets to run
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 3)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range ch {
			fmt.Println("  consumed", v)
		}
	}()
	for i := 1; i <= 6; i++ {
		ch <- i
		fmt.Println("produced", i)
	}
	close(ch)
	wg.Wait()
}
