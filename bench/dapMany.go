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
	// Lines for the benchmark's steps between measures, however many repetitions.
	sum := 0
	for i := 0; i < 1000000; i++ {
		sum += i
	}
	close(start)
	_ = sum
	wg.Wait()
}
