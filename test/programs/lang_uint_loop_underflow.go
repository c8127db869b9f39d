// lesson: unsigned counters never go below zero: a countdown loop with i >= 0 would never end
package main

import "fmt"

func main() {
	xs := []string{"a", "b", "c"}
	for i := uint(len(xs)); i > 0; i-- {
		fmt.Print(xs[i-1], " ")
	}
	fmt.Println()
	steps := 0
	for i := uint8(2); i >= 0 && steps < 6; i-- {
		fmt.Print(i, " ")
		steps++
	}
	fmt.Println()
	var a, b uint = 3, 5
	fmt.Println("a-b as uint:", a-b, "as int:", int(a)-int(b))
	if a-b > a {
		fmt.Println("wrapped: a-b > a")
	}
	var length uint32 = 0
	fmt.Println("length-1:", length-1)
}
