package main

// blocked: N goroutines blocked on one channel (the benchmark's memory
// measure, as ../shared/bench/gorcost.go measures native Go). The benchmark
// stops the machine during the sleep, when every goroutine is parked.

import (
	"fmt"
	"sync"
	"time"
)

const N = 100000

func main() {
	block := make(chan struct{})
	var ready, done sync.WaitGroup
	ready.Add(N)
	done.Add(N)
	for i := 0; i < N; i++ {
		go func() {
			ready.Done()
			<-block
			done.Done()
		}()
	}
	ready.Wait()
	time.Sleep(time.Hour)
	close(block)
	done.Wait()
	fmt.Println("done", N)
}
