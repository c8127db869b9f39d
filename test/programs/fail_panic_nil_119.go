// lesson: panic(nil) in Go 1.19: recover returns nil, so it looks as if nothing panicked
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func find(ok bool) error {
	var p *MyErr
	if !ok {
		p = &MyErr{404}
	}
	return p
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r, r == nil)
		}()
		panic(nil)
	}()
	err := find(true)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	var me *MyErr
	fmt.Println(errors.As(find(false), &me), me.Code)
	defer fmt.Println("deferred before panic(nil)")
	panic(nil)
}
