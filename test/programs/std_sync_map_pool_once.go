// lesson: sync.Map for concurrent caches, sync.Pool for reusable buffers, sync.Once for lazy setup
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

var (
	configOnce sync.Once
	config     map[string]string
)

func getConfig() map[string]string {
	configOnce.Do(func() {
		fmt.Println("loading config once")
		config = map[string]string{"mode": "fast"}
	})
	return config
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%4, i*i)
			getConfig()
		}(i)
	}
	wg.Wait()
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println("keys", keys)
	v, loaded := m.LoadOrStore(99, "new")
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore(99, "newer")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete(99)
	fmt.Println(v, loaded)
	_, ok := m.Load(99)
	fmt.Println(ok)
	m.Delete(0)
	_, ok = m.Load(0)
	fmt.Println(ok, getConfig()["mode"])

	created := 0
	pool := sync.Pool{New: func() any {
		created++
		return new(bytes.Buffer)
	}}
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println(b2.Len(), created >= 1)
	var empty sync.Pool
	fmt.Println(empty.Get())
}
