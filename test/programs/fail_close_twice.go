// lesson: closing an already-closed channel panics
package main

import "fmt"

func main() {
	done := make(chan bool)
	stop := func() {
		close(done)
		fmt.Println("closed")
	}
	stop()
	stop()
}
