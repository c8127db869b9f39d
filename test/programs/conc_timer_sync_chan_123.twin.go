// lesson: Go 1.23 timer channels are synchronous: Stop and Reset discard a value nobody received, so no stale tick arrives
package main

import (
	"fmt"
	"time"
)

// Go 1.19 spelling: timer channels hold one value; draining it by hand around
// Stop and Reset gives what Go 1.23 does by itself.

func drain(c <-chan time.Time) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	stopped := t.Stop()
	stale := drain(t.C)
	fmt.Println("Stop reports the unreceived timer as active:", stopped || stale)
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Stop")
	}

	t.Reset(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	stale = drain(t.C)
	active := t.Reset(50 * time.Millisecond)
	fmt.Println("Reset of a fired, unreceived timer:", active || stale)
	start := time.Now()
	<-t.C
	fmt.Println("the reset timer fired after", time.Since(start).Round(10*time.Millisecond))

	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(25 * time.Millisecond)
	drain(tk.C)
	tk.Reset(100 * time.Millisecond)
	start = time.Now()
	<-tk.C
	fmt.Println("first tick after Reset came after", time.Since(start).Round(10*time.Millisecond))
	tk.Stop()
}
