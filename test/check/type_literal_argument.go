package main

// The gc parser takes a type literal as any call's argument: a misspelt make
// is an undefined name, and a type passed where a value goes is not an
// expression (the checker's errors, not syntax errors).

func pair(x int, y int) int { return x + y }

func main() {
	a := mke /* ERROR "undefined: mke" */ (chan int)
	b := mak /* ERROR "undefined: mak" */ ([]int, 3)
	c := maek /* ERROR "undefined: maek" */ (map[string]int)
	d := pair(1, chan /* ERROR `chan int \(type\) is not an expression` */ int)
	e := pair(struct /* ERROR `struct\{\} \(type\) is not an expression` */ {}, 2)
	f := pair([ /* ERROR `\[3\]int \(type\) is not an expression` */ 3]int, 2)
	g := pair(func( /* ERROR `func\(int\) \(type\) is not an expression` */ int), 2)
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
