// lesson: labelled break and continue out of nested loops, switch and select
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}

rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()

	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			switch {
			case v == 3:
				continue loop
			case v%2 == 0:
				fmt.Println("even", v)
			default:
				fmt.Println("odd", v)
			}
		}
	}

	n := 0
sw:
	switch {
	case n == 0:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not reached")
	}
	fmt.Println("done")
}
