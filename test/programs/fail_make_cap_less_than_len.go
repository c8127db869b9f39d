// lesson: make([]T, len, cap) with cap < len at run time panics: makeslice: cap out of range
package main

import "fmt"

func main() {
	n, c := 5, 3
	s := make([]int, n, c)
	fmt.Println(s)
}
