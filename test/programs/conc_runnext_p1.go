// lesson: with GOMAXPROCS=1 the newest goroutine takes the runnext slot and runs first, the rest FIFO
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	order := make(chan int, 10)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			order <- n
		}(i)
	}
	wg.Wait()
	close(order)
	for n := range order {
		fmt.Print(n, " ")
	}
	fmt.Println()
}
