// lesson: goto jumps to a label in the same function; it can build loops and retry logic
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == target {
				return r, c
			}
		}
	}
	return -1, -1
}

func main() {
	i := 0
again:
	if i < 3 {
		fmt.Println("iteration", i)
		i++
		goto again
	}
	attempts := 0
retry:
	attempts++
	if attempts < 4 {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts)
	r, c := find([][]int{{1, 2}, {3, 4}}, 4)
	if r < 0 {
		goto notFound
	}
	fmt.Println("found at", r, c)
	return
notFound:
	fmt.Println("not found")
}
