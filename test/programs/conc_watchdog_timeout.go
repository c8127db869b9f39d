// lesson: a watchdog: the supervisor waits for each result with a timeout and stops a worker that has stalled
package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, every time.Duration, stallAfter int) <-chan int {
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			if i == stallAfter {
				<-done // stuck: sends nothing more until stopped
				fmt.Println("worker: stopped while stalled")
				return
			}
			time.Sleep(every)
			select {
			case results <- i * i:
			case <-done:
				return
			}
		}
	}()
	return results
}

func main() {
	done := make(chan struct{})
	results := worker(done, 50*time.Millisecond, 4)
	const patience = 200 * time.Millisecond
	start := time.Now()
	for {
		select {
		case r := <-results:
			fmt.Println("result", r, "at", time.Since(start).Truncate(50*time.Millisecond))
			continue
		case <-time.After(patience):
			fmt.Println("no result for", patience, "- stopping the worker at", time.Since(start).Truncate(50*time.Millisecond))
			close(done)
		}
		break
	}
	for range results {
	}
	fmt.Println("supervisor done")
}
