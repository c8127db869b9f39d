// lesson: Go 1.23 range over functions: an iterator that ignores yield's false, or calls it after the loop, panics
// gosim-flags: --go-version 1.23
package main

import "fmt"

// Ignores yield's result: keeps going after the loop body broke out.
func Stubborn(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

var saved func(int) bool

// Keeps yield to call it later, after the loop has finished.
func Hoarder(yield func(int) bool) {
	saved = yield
	yield(100)
}

// Swallows a panic of the loop body.
func Swallower(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	try("ignores false", func() {
		for v := range Stubborn {
			fmt.Println("got", v)
			break
		}
	})
	try("yield after the loop", func() {
		for v := range Hoarder {
			fmt.Println("got", v)
		}
		saved(5)
	})
	try("swallowed panic", func() {
		for v := range Swallower {
			panic(fmt.Sprint("body panics at ", v))
		}
	})
	try("well behaved", func() {
		for v := range Stubborn {
			fmt.Println("all", v)
		}
	})
	var err error
	try("runtime error", func() {
		defer func() {
			r := recover()
			err, _ = r.(error)
			panic(r)
		}()
		for range Stubborn {
			break
		}
	})
	_, isRuntime := err.(interface{ RuntimeError() })
	fmt.Println("is a runtime.Error:", isRuntime)
}
