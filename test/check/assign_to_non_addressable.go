package main

func two() int { return 2 }

func main() {
	"abc" /* ERROR "cannot assign to \"abc\"\\[0\\]" */ [0] = 'x'
	two /* ERROR "cannot assign to two\\(\\)" */ () = 3
	const c = 10
	c /* ERROR "cannot assign to c" */ = 20
}
