// lesson: Go 1.23 range over functions: break, continue, labels, goto and return leave the loop body as in any loop
// gosim-flags: --go-version 1.23
package main

import (
	"fmt"
	"iter"
)

func Count(from, to int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count", from, "to", to, "finished")
		for i := from; i <= to; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(words ...string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func firstMultiple(n int) (found int, ok bool) {
	for v := range Count(1, 100) {
		if v%n == 0 && v > n {
			return v, true
		}
	}
	return 0, false
}

func namedResult() (msg string) {
	msg = "unset"
	for i, w := range Pairs("x", "y", "z") {
		msg = fmt.Sprint(i, w)
		if w == "y" {
			return
		}
	}
	return "not reached"
}

func main() {
	for v := range Count(1, 6) {
		if v%2 == 0 {
			continue
		}
		if v > 4 {
			break
		}
		fmt.Println("odd", v)
	}

outer:
	for a := range Count(1, 3) {
		for b := range Count(1, 3) {
			if b > a {
				continue outer
			}
			if a == 3 && b == 2 {
				break outer
			}
			fmt.Println("pair", a, b)
		}
	}

	for i := 0; i < 3; i++ {
	inner:
		for v := range Count(10, 12) {
			switch {
			case v == 11 && i == 1:
				break inner
			case v == 12:
				continue
			}
			fmt.Println("i", i, "v", v)
		}
	}

	fmt.Println(firstMultiple(7))
	fmt.Println(namedResult())

	n := 0
	for v := range Count(1, 5) {
		n += v
		if n > 5 {
			goto done
		}
	}
	fmt.Println("not printed")
done:
	fmt.Println("goto out with n =", n)

	sum := 0
	for range Count(1, 4) {
		sum++
	}
	var last string
	for _, w = range Pairs("p", "q") {
		last = w
	}
	fmt.Println(sum, last, w)
}

var w string
