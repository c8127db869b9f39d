// lesson: recursion: mutual recursion, memoisation with a map, and recursive closures
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var memo = map[int]uint64{}

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	fmt.Println(fib(90), len(memo))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves)
	var perms func(prefix string, rest string)
	perms = func(prefix, rest string) {
		if rest == "" {
			fmt.Print(prefix, " ")
			return
		}
		for i := range rest {
			perms(prefix+rest[i:i+1], rest[:i]+rest[i+1:])
		}
	}
	perms("", "abc")
	fmt.Println()
}
