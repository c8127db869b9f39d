// lesson: a spin lock from atomic CompareAndSwap that yields with runtime.Gosched while it waits
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state atomic.Int32 }

func (l *SpinLock) Lock() {
	for !l.state.CompareAndSwap(0, 1) {
		runtime.Gosched()
	}
}

func (l *SpinLock) Unlock() { l.state.Store(0) }

func main() {
	var lock SpinLock
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				lock.Lock()
				counter++
				lock.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
	var l sync.Locker = &lock
	l.Lock()
	fmt.Println("locked:", lock.state.Load())
	l.Unlock()
	fmt.Println("unlocked:", lock.state.Load())
}
