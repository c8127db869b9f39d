// lesson: goto builds loops and jumps forward past code; labels live in function scope
package main

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto again
}

func find(xs []int, target int) (idx int) {
	for i, x := range xs {
		if x == target {
			idx = i
			goto found
		}
	}
	return -1
found:
	fmt.Println("found", target)
	return
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Println(n, collatz(n))
	}
	fmt.Println(find([]int{4, 8, 15, 16}, 15))
	fmt.Println(find([]int{4, 8}, 23))
	i := 0
top:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto top
	}
}
