// lesson: indexing past the end of a slice panics with the index and the length
package main

import "fmt"

func get(xs []int, i int) int { return xs[i] }

func main() {
	xs := []int{10, 20, 30}
	fmt.Println(get(xs, 2))
	fmt.Println(get(xs, 3))
}
