package main

import (
	"fmt"
	"sync"
)

// Four spawners each queue eight workers of uneven length on their own P:
// Ps that run out of work steal from whichever busy P they pick first.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	work := func(n int) {
		defer wg.Done()
		s := 0
		for i := 0; i < n; i++ {
			s += i
		}
		mu.Lock()
		total += s
		mu.Unlock()
	}
	for sp := 0; sp < 4; sp++ {
		wg.Add(1)
		go func(sp int) {
			for w := 0; w < 8; w++ {
				wg.Add(1)
				go work(1000 * (1 + (sp*8+w)%5))
			}
			work(20000)
		}(sp)
	}
	wg.Wait()
	fmt.Println(total)
}
