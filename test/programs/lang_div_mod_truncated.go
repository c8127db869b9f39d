// lesson: integer division truncates toward zero and % takes the sign of the dividend
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}, {100, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		q, r := a/b, a%b
		fmt.Printf("%3d / %2d = %3d  %3d %% %2d = %2d  check %v\n", a, b, q, a, b, r, q*b+r == a)
	}
	// floor modulo must be written by hand
	floorMod := func(a, b int) int { return ((a % b) + b) % b }
	fmt.Println("floorMod(-7, 3) =", floorMod(-7, 3))
	var u uint = 7
	fmt.Println("uint 7/2 =", u/2, "7%2 =", u%2)
	var i8 int8 = -128
	fmt.Println("int8 -128 / 3 =", i8/3, "rem", i8%3)
	x := 17
	x /= 5
	fmt.Println("17 /= 5 ->", x)
	x %= 2
	fmt.Println("then %= 2 ->", x)
	fmt.Println("float 7.0/2 =", 7.0/2, "const int 7/2 =", 7/2)
}
