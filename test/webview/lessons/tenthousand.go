// Ten thousand goroutines, most blocked on one channel, for the panel's
// scale test.
package main

import (
	"fmt"
	"sync"
)

func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			_ = i * i
		}(i)
	}
	close(gate)
	wg.Wait()
	fmt.Println("done")
}
