// lesson: an unbuffered channel is a rendezvous: ping-pong forces strict alternation
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("  pong got", v)
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < 4; i++ {
		fmt.Println("ping sends", v)
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	fmt.Println("final", v)
}
