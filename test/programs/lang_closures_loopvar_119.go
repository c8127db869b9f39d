// lesson: Go 1.19 rules: all iterations share one loop variable, so closures see its final value
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
	var fixed []func() int
	for i := 0; i < 3; i++ {
		i := i
		fixed = append(fixed, func() int { return i })
	}
	for _, f := range fixed {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ds []func()
	for _, v := range []int{10, 20} {
		ds = append(ds, func() { fmt.Print(v, " ") })
	}
	for _, d := range ds {
		d()
	}
	fmt.Println()
}
