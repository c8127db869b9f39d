// lesson: a panic inside a deferred call during panicking lists both panics in order
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("second defer panics too")
		panic("second")
	}()
	panic("first")
}
