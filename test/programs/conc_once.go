// lesson: sync.Once runs its function exactly once even with concurrent callers; all wait for it
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func loadConfig() {
	loads++
	time.Sleep(50 * time.Millisecond)
	config = map[string]string{"env": "prod"}
}

func get(key string) string {
	once.Do(loadConfig)
	return config[key]
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 10)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = get("env")
		}(i)
	}
	wg.Wait()
	fmt.Println(results, "loads:", loads)
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call panics") })
	}()
	o.Do(func() { fmt.Println("not called: Once counts a panicking call as done") })
	fmt.Println("end")
}
