// lesson: recover only works in a deferred call during panicking; it returns nil otherwise
package main

import (
	"errors"
	"fmt"
)

func direct() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("direct recovered %v (%T)", r, r)
	}()
	panic(42)
}

func helper() interface{} { return recover() }

func indirect() (msg string) {
	defer func() {
		defer func() { msg += fmt.Sprintf(" | outer recover got %v", recover()) }()
		r := helper()
		msg = fmt.Sprintf("helper got %v", r)
	}()
	panic("deep")
}

func noPanic() {
	defer func() { fmt.Println("recover without panic:", recover()) }()
	fmt.Println("no panic here")
}

func errorPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(errors.New("an error value"))
}

func main() {
	fmt.Println("recover outside defer:", recover())
	fmt.Println(direct())
	fmt.Println(indirect())
	noPanic()
	fmt.Println(errorPanic())
	func() {
		defer func() { fmt.Println("recovered struct:", recover()) }()
		panic(struct{ Code int }{7})
	}()
	fmt.Println("main continues")
}
