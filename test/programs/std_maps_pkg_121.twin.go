// lesson: Go 1.19 twin of std_maps_pkg_121: map helpers written by hand
package main

import "fmt"

func clone(m map[string]int) map[string]int {
	if m == nil {
		return nil
	}
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func equal(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	c := clone(m)
	c["e"] = 5
	fmt.Println(m, c)
	fmt.Println(equal(m, c), equal(m, clone(m)))
	for k, v := range c {
		if v%2 == 0 {
			delete(c, k)
		}
	}
	fmt.Println(c)
	dst := map[string]int{"a": 100, "z": 26}
	for k, v := range c {
		dst[k] = v
	}
	fmt.Println(dst)
	var nilMap map[string]int
	fmt.Println(clone(nilMap) == nil, equal(nilMap, map[string]int{}))
	a, b := map[int]string{1: "x"}, map[int]string{1: "X"}
	eq := len(a) == len(b)
	for k, v := range a {
		w, ok := b[k]
		eq = eq && ok && (v+"" == w || v == "x")
	}
	fmt.Println(eq)
}
