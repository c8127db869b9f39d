// lesson: time.AfterFunc runs a function in its own goroutine later; Stop cancels it if not yet run
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(50*time.Millisecond, func() {
		defer wg.Done()
		fmt.Println("AfterFunc fired")
	})
	cancelled := time.AfterFunc(100*time.Millisecond, func() { fmt.Println("never printed") })
	fmt.Println("stopped:", cancelled.Stop())
	wg.Wait()
	fired := make(chan string)
	t := time.AfterFunc(time.Hour, func() { fired <- "reset timer fired" })
	t.Reset(30 * time.Millisecond)
	fmt.Println(<-fired)
	fmt.Println("Stop after it ran:", t.Stop())
	time.Sleep(150 * time.Millisecond)
	fmt.Println("done")
}
