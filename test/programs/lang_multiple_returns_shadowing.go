// lesson: multiple results, blank identifier, and := shadowing inside inner scopes
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (int, error) { return strconv.Atoi(s) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
		x := 3
		fmt.Println("innermost x", x)
	}
	fmt.Println("outer x", x)
	n, err := parse("12")
	if err == nil {
		n, err := parse("zz")
		fmt.Println("shadowed:", n, err)
	}
	fmt.Println("outer:", n, err)
	a, b := 1, 2
	a, b = b, a
	fmt.Println("swapped", a, b)
	b, c := 10, 20
	fmt.Println(a, b, c)
	for i := 0; i < 2; i++ {
		x := x + i
		fmt.Println("loop x", x)
	}
	fmt.Println(fmt.Sprint(divmod(100, 7)))
}
