// lesson: cancelling a context stops all workers; each reports why it stopped
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	ticks := 0
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
			ticks++
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	time.Sleep(50 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	tctx, tcancel := context.WithTimeout(context.Background(), 60*time.Millisecond)
	defer tcancel()
	out2 := make(chan string, 1)
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go worker(tctx, 9, out2, &wg2)
	wg2.Wait()
	fmt.Println(<-out2)
}
