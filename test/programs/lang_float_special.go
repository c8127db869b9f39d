// lesson: IEEE floats: NaN is never equal to itself, division by zero gives ±Inf, negative zero
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println("nan == nan:", nan == nan, "nan != nan:", nan != nan, "nan < 1:", nan < 1)
	fmt.Println(math.IsNaN(nan), math.IsInf(posInf, 1), math.IsInf(negInf, 0))
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, negZero == 0, math.Signbit(negZero), 1/negZero)
	fmt.Println(posInf-posInf, posInf*0, posInf+1 == posInf)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("map with two NaN keys has len", len(m), m[nan])
	var f32 float32 = float32(math.MaxFloat32)
	fmt.Println(f32*2, -f32*2)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(int64(math.Floor(-2.5)), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Printf("%v %.1f %e\n", negZero, negZero, negZero)
}
