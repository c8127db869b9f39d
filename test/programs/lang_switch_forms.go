// lesson: switch forms: tagless, init statement, multiple values per case, fallthrough, break
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; x * 2 {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
		fallthrough
	case 11:
		fmt.Println("fell into 11")
		fallthrough
	default:
		fmt.Println("fell into default")
	case 12:
		fmt.Println("twelve")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	switch s := "go"; {
	case len(s) > 1:
		fmt.Println("long")
		if s == "go" {
			break
		}
		fmt.Println("not printed")
	}
	calls := 0
	f := func() int { calls++; return calls }
	switch 2 {
	case f(), f(), f():
		fmt.Println("matched after", calls, "calls")
	}
}
