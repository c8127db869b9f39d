// lesson: Go 1.22 rules: a three-clause loop variable of struct or array type is new in each iteration too
// gosim-flags: --go-version 1.22
package main

import "fmt"

type Cursor struct {
	Pos  int
	Step int
}

func main() {
	var ptrs []*Cursor
	var reads []func() int
	for c := (Cursor{0, 2}); c.Pos < 6; c.Pos += c.Step {
		ptrs = append(ptrs, &c)
		reads = append(reads, func() int { return c.Pos })
	}
	for i, p := range ptrs {
		fmt.Println(i, *p, reads[i](), p == ptrs[0])
	}

	var rows []*[2]int
	for r := [2]int{1, 1}; r[0] < 4; r[0]++ {
		r[1] = r[0] * r[0]
		rows = append(rows, &r)
	}
	fmt.Println(*rows[0], *rows[1], *rows[2])
	rows[0][1] = 100
	fmt.Println(*rows[0], *rows[1])
}
