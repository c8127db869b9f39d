// lesson: sync.Cond: waiters sleep until Broadcast; they re-check the condition in a loop
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var started sync.WaitGroup
	var wg sync.WaitGroup
	var got []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		started.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			started.Done()
			for !ready {
				cond.Wait()
			}
			got = append(got, id)
			mu.Unlock()
		}(i)
	}
	started.Wait()
	mu.Lock()
	fmt.Println("waiting goroutines:", waiting)
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(got)
	fmt.Println("woken:", got)
}
