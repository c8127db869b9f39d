// lesson: Go 1.22 range over an integer counts 0..n-1; with no variable it just repeats
// gosim-flags: --go-version 1.22
package main

import "fmt"

type Count int

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n += 2
	}
	fmt.Println("n =", n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %d; ", i, i)
	}
	fmt.Println()
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := range int8(3) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
