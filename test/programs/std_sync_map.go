// lesson: sync.Map: Store, Load, LoadOrStore, LoadAndDelete, Delete, Range (collect then sort)
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println(actual, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	m.Delete("nothing")
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", n), n*n)
		}(i)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys)
}
