// lesson: Go 1.19 twin of lang_closures_loopvar_122: explicit per-iteration copies give the same output
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var ds []func()
	for i := 0; i < 6; i += 2 {
		iter := i // the per-iteration variable; copied back before the post statement
		ds = append(ds, func() { fmt.Print(iter*10, " ") })
		iter++
		i = iter
	}
	for _, d := range ds {
		d()
	}
	fmt.Println()
}
