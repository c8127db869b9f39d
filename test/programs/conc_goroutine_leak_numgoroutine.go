// lesson: a goroutine blocked forever on a channel is a leak; NumGoroutine shows it, a done channel fixes it
package main

import (
	"fmt"
	"runtime"
	"time"
)

func leaky() <-chan int {
	ch := make(chan int)
	go func() {
		ch <- 42 // nobody receives: this goroutine never ends
	}()
	return ch
}

func tidy(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		select {
		case ch <- 42:
		case <-done:
		}
	}()
	return ch
}

func main() {
	base := runtime.NumGoroutine()
	for i := 0; i < 5; i++ {
		leaky()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("leaked:", runtime.NumGoroutine()-base)

	done := make(chan struct{})
	for i := 0; i < 5; i++ {
		tidy(done)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("waiting:", runtime.NumGoroutine()-base)
	close(done)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after close(done):", runtime.NumGoroutine()-base)
}
