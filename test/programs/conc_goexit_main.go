// lesson: runtime.Goexit in main runs main's defers; when the other goroutines finish, the program dies
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("background goroutine finished")
	}()
	defer fmt.Println("main's defer runs during Goexit")
	runtime.Goexit()
	fmt.Println("unreachable")
}
