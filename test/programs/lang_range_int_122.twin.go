// lesson: Go 1.19 twin of lang_range_int_122: classic three-clause loops with per-iteration copies
package main

import "fmt"

type Count int

func main() {
	for i := 0; i < 4; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for k := 0; k < 5; k++ {
		n += 2
	}
	fmt.Println("n =", n)
	for i := 0; i < 0; i++ {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := Count(0); i < c; i++ {
		fmt.Printf("%T %d; ", i, i)
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := int8(0); i < int8(3); i++ {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
