// lesson: when main returns the program ends, even if other goroutines are still runnable or sleeping
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Second)
		fmt.Println("never printed: main returned first")
	}()
	go func() {
		for {
			time.Sleep(10 * time.Millisecond)
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main returns now")
}
