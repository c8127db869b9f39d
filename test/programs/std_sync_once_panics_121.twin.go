// lesson: Go 1.19 twin of std_sync_once_panics_121: the panic remembered and repeated by hand
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

// onceFunc runs f once; if it panicked, every call panics with that value.
func onceFunc(f func()) func() {
	var once sync.Once
	var p any
	failed := false
	return func() {
		once.Do(func() {
			defer func() {
				if r := recover(); r != nil {
					p, failed = r, true
				}
			}()
			f()
		})
		if failed {
			panic(p)
		}
	}
}

func main() {
	calls := 0
	boom := onceFunc(func() {
		calls++
		panic(fmt.Sprintf("init failed (call %d)", calls))
	})
	try("first", boom)
	try("second", boom)
	fmt.Println("function ran", calls, "time(s)")

	n := 0
	var v int
	value := onceFunc(func() {
		n++
		if n == 1 {
			panic("no value")
		}
		v = n
	})
	try("value 1", func() { value(); fmt.Println(v) })
	try("value 2", func() { value(); fmt.Println(v) })

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
