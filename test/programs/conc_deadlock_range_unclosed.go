// lesson: ranging over a channel that is never closed deadlocks after the last value
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("unreachable: nobody closed ch")
}
