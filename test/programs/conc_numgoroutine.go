// lesson: runtime.NumGoroutine counts live goroutines; blocked ones count until they exit
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("with 5 blocked:", runtime.NumGoroutine())
	close(release)
	finished.Wait()
	time.Sleep(20 * time.Millisecond) // let the exiting goroutines finish completely
	fmt.Println("after release:", runtime.NumGoroutine())
}
