// lesson: when every goroutine is blocked the runtime lists them all with their wait reasons
package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		<-a
	}()
	go func() {
		b <- 1 // nobody receives from b
	}()
	go func() {
		mu.Lock() // main holds mu forever
	}()
	fmt.Println("main waits on a channel nobody sends on")
	<-make(chan bool)
}
