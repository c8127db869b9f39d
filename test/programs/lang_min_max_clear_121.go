// lesson: Go 1.21 builtins min, max and clear
// gosim-flags: --go-version 1.21
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -7.5))
	fmt.Println(min("banana", "apple", "cherry"), max("a", "ab"))
	x, y := int8(-3), int8(4)
	fmt.Println(min(x, y), max(x, y, 0))
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), 0))
	fmt.Println(min(0.0, -0.0) == 0, max(7))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	t := s[:2]
	clear(t)
	fmt.Println(s, len(t), cap(t))
}
