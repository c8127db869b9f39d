// lesson: variadic parameters are slices; pass a slice with s... (no copy), or nothing at all
package main

import "fmt"

func sum(label string, nums ...int) string {
	total := 0
	for _, n := range nums {
		total += n
	}
	return fmt.Sprintf("%s: %d numbers, nil=%v, total %d", label, len(nums), nums == nil, total)
}

func setFirst(vals ...int) {
	if len(vals) > 0 {
		vals[0] = 99
	}
}

func join(sep string, parts ...interface{}) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += fmt.Sprint(p)
	}
	return s
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("spread", xs...))
	setFirst(xs...)
	fmt.Println("spread shares the array:", xs)
	setFirst(1, 2)
	fmt.Println(join("-", 1, "a", 2.5, true))
	args := []interface{}{"x", 3}
	fmt.Println(join("+", args...))
	fmt.Println(join(",", args))
	fmt.Println(sum("empty spread", []int{}...))
}
