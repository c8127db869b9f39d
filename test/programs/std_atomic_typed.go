// lesson: sync/atomic typed values (Int64, Uint32, Bool, Pointer, Value) and CompareAndSwap
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	var hits atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.Add(^uint32(0)), u.Swap(99), u.Load())
	var cfg atomic.Pointer[Config]
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&Config{"v1"})
	old := cfg.Swap(&Config{"v2"})
	fmt.Println(old.Name, cfg.Load().Name)
	var v atomic.Value
	v.Store([]string{"x"})
	fmt.Println(v.Load().([]string))
	var n int32
	atomic.AddInt32(&n, 5)
	fmt.Println(atomic.CompareAndSwapInt32(&n, 5, 6), atomic.LoadInt32(&n))
}
