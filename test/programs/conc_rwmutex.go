// lesson: sync.RWMutex allows many readers at once but writers get exclusive access
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var rw sync.RWMutex
	var readers, maxReaders int32
	data := map[string]int{"x": 0}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			n := atomic.AddInt32(&readers, 1)
			for {
				m := atomic.LoadInt32(&maxReaders)
				if n <= m || atomic.CompareAndSwapInt32(&maxReaders, m, n) {
					break
				}
			}
			time.Sleep(100 * time.Millisecond)
			_ = data["x"]
			atomic.AddInt32(&readers, -1)
			rw.RUnlock()
		}()
	}
	time.Sleep(50 * time.Millisecond)
	rw.Lock()
	fmt.Println("writer got the lock; readers inside:", atomic.LoadInt32(&readers))
	data["x"] = 42
	rw.Unlock()
	wg.Wait()
	fmt.Println("all 4 readers overlapped:", atomic.LoadInt32(&maxReaders) == 4, "x =", data["x"])
	fmt.Println("TryRLock while free:", rw.TryRLock(), "TryLock while read-held:", rw.TryLock())
	rw.RUnlock()
}
