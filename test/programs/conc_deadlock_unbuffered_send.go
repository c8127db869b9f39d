// lesson: a send on an unbuffered channel with no receiver blocks main forever: fatal deadlock
package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("about to send")
	ch <- "hello"
	fmt.Println("unreachable")
}
