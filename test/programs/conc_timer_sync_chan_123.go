// lesson: Go 1.23 timer channels are synchronous: Stop and Reset discard a value nobody received, so no stale tick arrives
// gosim-flags: --go-version 1.23
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond) // the timer fires; nobody receives
	fmt.Println("Stop reports the unreceived timer as active:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Stop")
	}

	t.Reset(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("Reset of a fired, unreceived timer:", t.Reset(50*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("the reset timer fired after", time.Since(start).Round(10*time.Millisecond))

	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(25 * time.Millisecond)
	tk.Reset(100 * time.Millisecond)
	start = time.Now()
	<-tk.C
	fmt.Println("first tick after Reset came after", time.Since(start).Round(10*time.Millisecond))
	tk.Stop()
}
