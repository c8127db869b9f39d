// lesson: arrays are values: assignment, passing and range copy them; arrays of arrays too
package main

import "fmt"

func zero(a [3]int)     { a[0] = 0 }
func zeroPtr(a *[3]int) { a[0] = 0 }
func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	zero(a)
	fmt.Println("after zero:", a)
	zeroPtr(&a)
	fmt.Println("after zeroPtr:", a, "double:", double(a), "a still", a)
	for i, v := range a {
		a[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println("\nafter range:", a)
	var grid [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r*4 + c
		}
	}
	row := grid[1]
	row[0] = -1
	fmt.Println(grid, len(grid), len(grid[0]))
	g2 := grid
	g2[2][3] = 99
	fmt.Println(grid[2], g2[2])
	c := [...]string{2: "c", 0: "a"}
	fmt.Printf("%d %q\n", len(c), c)
}
