// lesson: time.Timer: Stop reports whether it prevented the fire; Reset re-arms; C delivers one value
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stopped before firing:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	t.Reset(30 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("fired after reset, elapsed ~", time.Since(start).Round(100*time.Millisecond))
	fmt.Println("stop after firing:", t.Stop())
	t2 := time.NewTimer(20 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	if !t2.Stop() {
		v := <-t2.C
		fmt.Println("drained the fired value, non-zero time:", !v.IsZero())
	}
	t2.Reset(10 * time.Millisecond)
	select {
	case <-t2.C:
		fmt.Println("t2 fired again")
	case <-time.After(time.Second):
		fmt.Println("t2 lost")
	}
}
