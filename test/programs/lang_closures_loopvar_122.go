// lesson: Go 1.22 rules: each loop iteration has its own variable, so closures capture distinct values
// gosim-flags: --go-version 1.22
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var ds []func()
	for i := 0; i < 6; i += 2 {
		ds = append(ds, func() { fmt.Print(i*10, " ") })
		i++
	}
	for _, d := range ds {
		d()
	}
	fmt.Println()
}
