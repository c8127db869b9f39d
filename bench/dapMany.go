package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, start <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	<-start
	_ = id
}

func main() {
	const n = 10000
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go worker(i, start, &wg)
	}
	time.Sleep(time.Millisecond)
	fmt.Println("all blocked") // breakpoint
	close(start)
	wg.Wait()
}
