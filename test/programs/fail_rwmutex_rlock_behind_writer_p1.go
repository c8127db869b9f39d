// lesson: a waiting writer blocks new readers, so a second RLock behind it deadlocks (Go's writer preference)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	go func() {
		mu.Lock()
		fmt.Println("writer got it")
		mu.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("reading again while a writer waits")
	mu.RLock()
	fmt.Println("never")
}
