// lesson: goroutines sleeping for the same time: the timers fire together and the last one readied runs first
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func(n int) {
			for j := 0; ; j++ {
				if j < 4 {
					fmt.Println("round", j, "goroutine", n)
				}
				time.Sleep(10 * time.Millisecond)
			}
		}(i)
	}
	time.Sleep(55 * time.Millisecond)
	fmt.Println("main returns with", runtime.NumGoroutine(), "goroutines")
}
