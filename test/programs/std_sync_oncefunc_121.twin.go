// lesson: Go 1.19 twin of std_sync_oncefunc_121: sync.Once with captured results
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	var once1 sync.Once
	initOnce := func() { once1.Do(func() { calls++; fmt.Println("initialising") }) }
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); initOnce() }()
	}
	wg.Wait()
	initOnce()
	fmt.Println("calls:", calls)
	computed := 0
	var once2 sync.Once
	var cfg map[string]string
	config := func() map[string]string {
		once2.Do(func() {
			computed++
			cfg = map[string]string{"mode": "fast"}
		})
		return cfg
	}
	fmt.Println(config()["mode"], config()["mode"], computed)
	var once3 sync.Once
	var pn int
	var perr error
	parse := func() (int, error) {
		once3.Do(func() { pn, perr = strconv.Atoi("x42") })
		return pn, perr
	}
	n, err := parse()
	n2, err2 := parse()
	fmt.Println(n, err, n2, err2 == err)
}
