// lesson: buffered channels: sends do not block until full; len and cap report the queue
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- "c"
	ch <- "d"
	select {
	case ch <- "e":
		fmt.Println("sent e")
	default:
		fmt.Println("full: would block on e")
	}
	close(ch)
	fmt.Println("after close len:", len(ch))
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println()
	var unbuf chan int = make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh))
}
