// lesson: integer division by a zero variable panics; float division gives +Inf instead
package main

import "fmt"

func average(total, count int) int { return total / count }

func main() {
	f := 0.0
	fmt.Println("float:", 1/f)
	fmt.Println(average(10, 2))
	fmt.Println(average(10, 0))
}
