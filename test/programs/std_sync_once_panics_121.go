// lesson: Go 1.21 sync.OnceFunc and OnceValue: if the function panics, every later call panics with the same value
// gosim-flags: --go-version 1.21
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	calls := 0
	boom := sync.OnceFunc(func() {
		calls++
		panic(fmt.Sprintf("init failed (call %d)", calls))
	})
	try("first", boom)
	try("second", boom)
	fmt.Println("function ran", calls, "time(s)")

	n := 0
	value := sync.OnceValue(func() int {
		n++
		if n == 1 {
			panic("no value")
		}
		return n
	})
	try("value 1", func() { fmt.Println(value()) })
	try("value 2", func() { fmt.Println(value()) })

	var once sync.Once
	tries := 0
	for i := 0; i < 2; i++ {
		try(fmt.Sprint("Once.Do ", i), func() {
			once.Do(func() {
				tries++
				panic("once panics")
			})
		})
	}
	fmt.Println("Once.Do ran", tries, "time(s); a panic still counts as done")
}
