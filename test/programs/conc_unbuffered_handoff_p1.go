// lesson: with GOMAXPROCS=1 an unbuffered send wakes the receiver, which runs only when the sender blocks
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("received", v)
		}
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		fmt.Println("sending", i)
		ch <- i
		fmt.Println("sent", i)
	}
	close(ch)
	<-done
}
