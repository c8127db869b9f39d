package main

import "fmt"

// Both channels are always ready: select picks uniformly at random.
func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	for i := 0; i < 20; i++ {
		a <- 1
		b <- 2
		select {
		case v := <-a:
			fmt.Print(v)
			<-b
		case v := <-b:
			fmt.Print(v)
			<-a
		}
	}
	fmt.Println()
}
