// lesson: closing a done channel broadcasts to every waiting goroutine at once
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var ready, finished sync.WaitGroup
	stopped := make([]bool, 5)
	for i := 0; i < 5; i++ {
		ready.Add(1)
		finished.Add(1)
		go func(i int) {
			defer finished.Done()
			ready.Done()
			<-done
			stopped[i] = true
		}(i)
	}
	ready.Wait()
	fmt.Println("all waiting; closing done")
	close(done)
	finished.Wait()
	fmt.Println(stopped)
}
