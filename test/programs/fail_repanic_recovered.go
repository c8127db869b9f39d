// lesson: recovering then panicking again shows both: panic: first [recovered] followed by the new panic
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("while handling: ", r))
	}()
	panic("original failure")
}
