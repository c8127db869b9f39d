// lesson: an unrecovered panic in a goroutine kills the program; main's defers do not run
package main

import (
	"fmt"
	"time"
)

func process(items []int) {
	for _, it := range items {
		fmt.Println("processing", it)
		if it < 0 {
			panic(fmt.Sprintf("negative item %d", it))
		}
	}
}

func main() {
	defer fmt.Println("main defer: not printed")
	done := make(chan bool)
	go func() {
		process([]int{1, 2, -3, 4})
		done <- true
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
	fmt.Println("unreachable")
}
