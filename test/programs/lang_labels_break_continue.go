// lesson: labelled break and continue leave or restart an outer loop, also from inside select/switch
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 4 {
				break loop
			}
			fmt.Print("got ", v, "; ")
		}
	}
	fmt.Println()

	for i := 0; i < 3; i++ {
	sw:
		switch i {
		case 1:
			break sw
		default:
			fmt.Print("case ", i, " ")
		}
	}
	fmt.Println()
}
