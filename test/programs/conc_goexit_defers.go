// lesson: runtime.Goexit stops only the calling goroutine after running its defers; recover returns nil
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("deferred in goroutine, recover() =", recover()) }()
		func() {
			defer fmt.Println("inner defer runs too")
			runtime.Goexit()
		}()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	fmt.Println("main continues after the goroutine exited")
}
