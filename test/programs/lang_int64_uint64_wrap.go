// lesson: int64 and uint64 overflow wraps too; MinInt64 / -1 wraps back to MinInt64
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println("MaxInt64+1:", a)
	var b int64 = math.MinInt64
	b--
	fmt.Println("MinInt64-1:", b)
	var c uint64 = math.MaxUint64
	c++
	fmt.Println("MaxUint64+1:", c)
	var d uint64 = 0
	d--
	fmt.Println("0-1 as uint64:", d)
	var e int64 = math.MinInt64
	m1 := int64(-1)
	fmt.Println("MinInt64 / -1:", e/m1, "MinInt64 % -1:", e%m1)
	f := int64(1) << 62
	fmt.Println("2^62 * 4:", f*4)
	g := uint64(1) << 63
	fmt.Println("2^63*2 as uint64:", g*2, "2^63:", g)
	var n int = math.MaxInt
	n++
	fmt.Println("MaxInt+1 == MinInt:", n == math.MinInt)
	h := uint64(0xdeadbeefcafebabe)
	fmt.Println("h*h =", h*h)
	var fact uint64 = 1
	for i := uint64(1); i <= 25; i++ {
		fact *= i
	}
	fmt.Println("25! mod 2^64 =", fact)
}
