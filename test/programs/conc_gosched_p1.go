// lesson: with GOMAXPROCS=1, runtime.Gosched yields to runnable goroutines, giving strict round-robin
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var out []string
	var mu sync.Mutex
	say := func(s string) {
		mu.Lock()
		out = append(out, s)
		mu.Unlock()
	}
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				say(fmt.Sprint(name, i))
				runtime.Gosched()
			}
		}(name)
	}
	for i := 0; i < 3; i++ {
		say(fmt.Sprint("main", i))
		runtime.Gosched()
	}
	wg.Wait()
	fmt.Println(out)
}
