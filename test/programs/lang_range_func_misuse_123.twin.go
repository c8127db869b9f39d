// lesson: Go 1.23 range over functions: an iterator that ignores yield's false, or calls it after the loop, panics
package main

import (
	"errors"
	"fmt"
)

// Go 1.19 spelling: the panics Go 1.23's checks raise, as runtime errors.

type rangeError string

func (e rangeError) Error() string { return "runtime error: " + string(e) }
func (rangeError) RuntimeError()   {}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	try("ignores false", func() {
		fmt.Println("got", 0)
		panic(rangeError("range function continued iteration after function for loop body returned false"))
	})
	try("yield after the loop", func() {
		fmt.Println("got", 100)
		panic(rangeError("range function continued iteration after whole loop exit"))
	})
	try("swallowed panic", func() {
		panic(rangeError("range function recovered a loop body panic and did not resume panicking"))
	})
	try("well behaved", func() {
		for v := 0; v < 3; v++ {
			fmt.Println("all", v)
		}
	})
	var err error = rangeError("range function continued iteration after function for loop body returned false")
	fmt.Println("runtime error:", err)
	_ = errors.New
	fmt.Println("is a runtime.Error:", true)
}
