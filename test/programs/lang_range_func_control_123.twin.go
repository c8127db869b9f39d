// lesson: Go 1.23 range over functions: break, continue, labels, goto and return leave the loop body as in any loop
package main

import "fmt"

// The Go 1.19 spelling: each range-over-func loop written as a loop over the
// values the iterator yields, with the iterator's own "finished" line printed
// where its function returns.

func countDone(from, to int) { fmt.Println("  count", from, "to", to, "finished") }

func firstMultiple(n int) (found int, ok bool) {
	for v := 1; v <= 100; v++ {
		if v%n == 0 && v > n {
			countDone(1, 100)
			return v, true
		}
	}
	countDone(1, 100)
	return 0, false
}

func namedResult() (msg string) {
	msg = "unset"
	for i, w := range []string{"x", "y", "z"} {
		msg = fmt.Sprint(i, w)
		if w == "y" {
			return
		}
	}
	return "not reached"
}

func main() {
	for v := 1; v <= 6; v++ {
		if v%2 == 0 {
			continue
		}
		if v > 4 {
			break
		}
		fmt.Println("odd", v)
	}
	countDone(1, 6)

outer:
	for a := 1; a <= 3; a++ {
		for b := 1; b <= 3; b++ {
			if b > a {
				countDone(1, 3)
				continue outer
			}
			if a == 3 && b == 2 {
				countDone(1, 3)
				break outer
			}
			fmt.Println("pair", a, b)
		}
		countDone(1, 3)
	}
	countDone(1, 3)

	for i := 0; i < 3; i++ {
	inner:
		for v := 10; v <= 12; v++ {
			switch {
			case v == 11 && i == 1:
				break inner
			case v == 12:
				continue
			}
			fmt.Println("i", i, "v", v)
		}
		countDone(10, 12)
	}

	fmt.Println(firstMultiple(7))
	fmt.Println(namedResult())

	n := 0
	for v := 1; v <= 5; v++ {
		n += v
		if n > 5 {
			countDone(1, 5)
			goto done
		}
	}
	fmt.Println("not printed")
done:
	fmt.Println("goto out with n =", n)

	sum := 0
	for v := 1; v <= 4; v++ {
		sum++
	}
	countDone(1, 4)
	var last string
	for _, w = range []string{"p", "q"} {
		last = w
	}
	fmt.Println(sum, last, w)
}

var w string
