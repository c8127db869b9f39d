// lesson: the Stop-and-drain idiom before Reset, and an idle timeout that restarts on every message
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	if !t.Stop() {
		v := <-t.C
		fmt.Println("drained a fired timer:", !v.IsZero())
	}
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("Reset of expired timer:", t.Reset(5*time.Millisecond))
	fmt.Println("Reset of active timer:", t.Reset(5*time.Millisecond))
	<-t.C

	msgs := make(chan string)
	go func() {
		for i, d := range []int{10, 30, 20, 80} {
			time.Sleep(time.Duration(d) * time.Millisecond)
			msgs <- fmt.Sprint("m", i)
		}
	}()
	idle := time.NewTimer(50 * time.Millisecond)
	defer idle.Stop()
	for {
		select {
		case m := <-msgs:
			fmt.Println("got", m)
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(50 * time.Millisecond)
		case <-idle.C:
			fmt.Println("idle for 50ms, giving up")
			return
		}
	}
}
