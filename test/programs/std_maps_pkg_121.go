// lesson: Go 1.21 maps package: Clone, Copy, Equal, DeleteFunc (print via fmt, which sorts keys)
// gosim-flags: --go-version 1.21
package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	c := maps.Clone(m)
	c["e"] = 5
	fmt.Println(m, c)
	fmt.Println(maps.Equal(m, c), maps.Equal(m, maps.Clone(m)))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	dst := map[string]int{"a": 100, "z": 26}
	maps.Copy(dst, c)
	fmt.Println(dst)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, maps.Equal(nilMap, map[string]int{}))
	eq := maps.EqualFunc(map[int]string{1: "x"}, map[int]string{1: "X"}, func(a, b string) bool { return a+"" == b || a == "x" })
	fmt.Println(eq)
}
