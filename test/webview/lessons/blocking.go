// Every way a lesson's goroutine can wait: channel receive and send, select,
// sleep, Mutex, WaitGroup, Cond, and a receive on a nil channel.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	unbuffered := make(chan int)
	full := make(chan string, 1)
	full <- "x"
	var mu sync.Mutex
	var wg sync.WaitGroup
	cond := sync.NewCond(&sync.Mutex{})
	var never chan bool

	mu.Lock()
	wg.Add(1)
	for i := 0; i < 3; i++ {
		go func() { <-unbuffered }()
	}
	go func() { full <- "y" }()
	go func() {
		select {
		case <-unbuffered:
		case <-time.After(time.Second):
		}
	}()
	go func() { time.Sleep(50 * time.Millisecond) }()
	go func() { mu.Lock(); mu.Unlock() }()
	go func() { wg.Wait() }()
	go func() { cond.L.Lock(); cond.Wait(); cond.L.Unlock() }()
	go func() { <-never }()
	for i := 0; i < 4; i++ {
		go fmt.Sprint(i)
	}
	time.Sleep(time.Millisecond)
	fmt.Println("all waiting")
	mu.Unlock()
	wg.Done()
}
