// lesson: the crash trace names the panicking goroutine's id and where it was created
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	if id == 3 {
		var m map[string]int
		m["boom"] = id
	}
	fmt.Println("worker", id, "ok")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg)
		wg.Wait()
	}
}
