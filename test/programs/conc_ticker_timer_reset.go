// lesson: Ticker.Reset changes a ticker's period; Timer.Reset and Stop re-arm or cancel a timer
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	// Real timers are late by scheduling noise: report whole 50ms steps.
	elapsed := func() time.Duration { return time.Since(start).Truncate(50 * time.Millisecond) }

	tk := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", i, elapsed())
	}
	tk.Reset(250 * time.Millisecond)
	for i := 0; i < 2; i++ {
		<-tk.C
		fmt.Println("slow tick", i, elapsed())
	}
	tk.Stop()

	tm := time.NewTimer(time.Second)
	fmt.Println("stopped before firing:", tm.Stop())
	tm.Reset(100 * time.Millisecond)
	<-tm.C
	fmt.Println("timer fired", elapsed())
	fmt.Println("stop after firing:", tm.Stop())
	fmt.Println("reset after firing:", tm.Reset(150*time.Millisecond))
	<-tm.C
	fmt.Println("fired again", elapsed())

	done := make(chan bool)
	af := time.AfterFunc(time.Hour, func() { done <- true })
	af.Reset(100 * time.Millisecond)
	<-done
	fmt.Println("AfterFunc ran", elapsed())

	timeout := time.After(420 * time.Millisecond)
	heartbeat := time.Tick(200 * time.Millisecond)
	for {
		select {
		case <-heartbeat:
			fmt.Println("beat", elapsed())
			continue
		case <-timeout:
			fmt.Println("timeout", elapsed())
		}
		break
	}
}
