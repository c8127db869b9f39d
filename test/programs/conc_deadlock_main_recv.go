// lesson: receiving on a channel nobody will ever send on: the runtime detects the deadlock
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value that never comes")
	v := <-ch
	fmt.Println("unreachable", v)
}
