// lesson: sending on a closed channel panics, even on a buffered channel with free space
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	ch <- 1
	close(ch)
	fmt.Println("received", <-ch)
	ch <- 2
}
