// lesson: converting a slice to an array pointer panics when the slice is too short
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	fmt.Println(*p)
	q := (*[8]int)(s)
	fmt.Println(q)
}
