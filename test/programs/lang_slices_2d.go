// lesson: slices of slices: jagged rows, shared rows after append, building a grid
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 99
	fmt.Println(grid[2])
	pascal := [][]int{{1}}
	for i := 1; i < 6; i++ {
		prev := pascal[i-1]
		next := make([]int, i+1)
		next[0], next[i] = 1, 1
		for j := 1; j < i; j++ {
			next[j] = prev[j-1] + prev[j]
		}
		pascal = append(pascal, next)
	}
	for _, r := range pascal {
		fmt.Println(r)
	}
	flat := make([]int, 6)
	view := [][]int{flat[0:3], flat[3:6]}
	view[1][0] = 7
	fmt.Println(flat, view)
	var empty [][]string
	empty = append(empty, nil, []string{"x"})
	fmt.Println(len(empty), empty[0] == nil, empty)
}
