// lesson: time.Ticker delivers ticks at an interval until Stop; Reset changes the period
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(100 * time.Millisecond)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i, "at ~", time.Since(start).Round(100*time.Millisecond))
	}
	tk.Reset(200 * time.Millisecond)
	<-tk.C
	fmt.Println("after reset, tick at ~", time.Since(start).Round(100*time.Millisecond))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("unexpected tick")
	case <-time.After(300 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
}
