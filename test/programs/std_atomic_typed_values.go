// lesson: typed atomics (Int64, Uint32, Bool, Value, Pointer) shared by many goroutines
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var hits atomic.Int64
	var flips atomic.Uint32
	var ready atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
			flips.Add(1)
		}()
	}
	wg.Wait()
	ready.Store(true)
	fmt.Println(hits.Load(), flips.Load(), ready.Load())
	fmt.Println(hits.CompareAndSwap(100, 7), hits.Load(), hits.CompareAndSwap(100, 8))
	fmt.Println(hits.Swap(42), hits.Load())
	fmt.Println(ready.Swap(false), ready.CompareAndSwap(false, true), ready.Load())

	var cfg atomic.Value
	cfg.Store(Config{"a", 1})
	c := cfg.Load().(Config)
	fmt.Println(c.Name, c.Version)
	old := cfg.Swap(Config{"b", 2})
	fmt.Println(old, cfg.Load())
	var empty atomic.Value
	fmt.Println(empty.Load() == nil)

	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	first := &Config{"p", 1}
	p.Store(first)
	fmt.Println(p.CompareAndSwap(first, &Config{"q", 2}), p.Load().Name)

	var n int32
	atomic.AddInt32(&n, 5)
	atomic.StoreInt32(&n, atomic.LoadInt32(&n)*2)
	fmt.Println(n, atomic.CompareAndSwapInt32(&n, 10, 11), n)
	var u uint64
	atomic.AddUint64(&u, ^uint64(0))
	fmt.Println(u)
}
