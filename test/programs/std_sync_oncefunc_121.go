// lesson: Go 1.21 sync.OnceFunc, OnceValue and OnceValues run the function once, even from many goroutines
// gosim-flags: --go-version 1.21
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	initOnce := sync.OnceFunc(func() { calls++; fmt.Println("initialising") })
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); initOnce() }()
	}
	wg.Wait()
	initOnce()
	fmt.Println("calls:", calls)
	computed := 0
	config := sync.OnceValue(func() map[string]string {
		computed++
		return map[string]string{"mode": "fast"}
	})
	fmt.Println(config()["mode"], config()["mode"], computed)
	parse := sync.OnceValues(func() (int, error) { return strconv.Atoi("x42") })
	n, err := parse()
	n2, err2 := parse()
	fmt.Println(n, err, n2, err2 == err)
}
