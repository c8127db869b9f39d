// lesson: atomic.AddInt64 and CompareAndSwap make lock-free counters and max trackers exact
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var count int64
	var maxSeen int64
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				atomic.AddInt64(&count, 1)
			}
			v := int64(g * 7 % 20)
			for {
				cur := atomic.LoadInt64(&maxSeen)
				if v <= cur || atomic.CompareAndSwapInt64(&maxSeen, cur, v) {
					break
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&count), atomic.LoadInt64(&maxSeen))
	var flag int32
	fmt.Println(atomic.SwapInt32(&flag, 1), atomic.SwapInt32(&flag, 2), flag)
}
