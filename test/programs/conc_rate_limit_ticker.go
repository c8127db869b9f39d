// lesson: rate limiting with time.Tick, and a bursty limiter built from a buffered channel of ticks
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(200 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req, time.Since(start).Truncate(100*time.Millisecond))
	}

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(200 * time.Millisecond) {
			bursty <- t
		}
	}()
	start = time.Now()
	for req := 1; req <= 5; req++ {
		<-bursty
		fmt.Println("bursty request", req, time.Since(start).Truncate(100*time.Millisecond))
	}
}
