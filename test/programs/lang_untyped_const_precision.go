// lesson: untyped constants have arbitrary precision: huge intermediate values are exact
package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = 1e300 * 1e300 / 1e300
	Third = 1.0 / 3
	Exact = Third * 3
)

const googol = 1e100

func main() {
	fmt.Println(Small, Huge)
	fmt.Println(Exact == 1, Third)
	fmt.Println(Big/(1<<90), Big%7)
	fmt.Println(googol / 1e98)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	const maxU64 = math.MaxUint64
	var u uint64 = maxU64
	fmt.Println(u, maxU64/2)
	fmt.Println(math.MaxInt64, math.MinInt64, uint32(math.MaxUint32))
	fmt.Println(math.Pi*1e10, float32(math.Pi))
	const r = 'a' + 1
	fmt.Printf("%v %c %T\n", r, r, r)
	const mixed = 1 + 2.5i*2
	fmt.Println(mixed)
	const shifted = 1.0 << 3
	fmt.Printf("%v %T\n", shifted, shifted)
	fmt.Println(7/2, 7/2.0, 7.0/2)
	x := 10
	fmt.Println(x/3*3 == x, Big>>98*x)
	fmt.Println(math.SmallestNonzeroFloat64, math.MaxFloat32)
}
