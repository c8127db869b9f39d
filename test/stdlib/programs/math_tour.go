// lesson: package math and math/bits: values printed as Go prints them, special cases, bits
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 0.1, 0.5, 1, 1.5, 2, math.E, math.Pi, 10, 100, -2.5, 1e-300, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		fmt.Println(x, "|", math.Sqrt(x), math.Cbrt(x), math.Exp2(x), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
		fmt.Println("  ", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Asin(x/10), math.Acos(x/10), math.Sinh(x/10), math.Tanh(x))
		fmt.Println("  ", math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x), math.Signbit(x), math.IsInf(x, 0), math.IsNaN(x))
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println("  ", fr, e, ip, fp, math.Float64bits(x), math.Gamma(x), math.Erf(x))
		fmt.Println("  ", math.Pow(x, 2), math.Pow(x, 0.5), math.Pow(x, -3), math.Pow(2, x), math.Pow(-x, 3), math.Mod(x, 3), math.Remainder(x, 3), math.Atan2(x, -1), math.Hypot(x, 3))
	}
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/2), math.Tan(math.Pi/4), math.Sin(1e10), math.Cos(1e22))
	fmt.Println(math.Pow(1.1, 10), math.Pow(10, -2), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Max(3, math.NaN()), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.Pi, math.Sqrt2)
	fmt.Println(math.Float32bits(0.1), math.Float64frombits(0x3ff8000000000000), math.Nextafter(1, 2), math.Ldexp(0.75, -1074), math.FMA(0.1, 10, -1))
	fmt.Println(math.Pow10(3), math.Pow10(-3), math.Ilogb(1000), math.Logb(0.1), math.Dim(5, 3), math.Dim(3, 5))
	for _, v := range []uint64{0, 1, 0xf0, 1 << 63, math.MaxUint64, 0x0123456789abcdef} {
		hi, lo := bits.Mul64(v, 0x9e3779b97f4a7c15)
		sum, carry := bits.Add64(v, v, 1)
		fmt.Println(bits.OnesCount64(v), bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.Len64(v), bits.Reverse64(v), bits.ReverseBytes64(v), bits.RotateLeft64(v, -7), hi, lo, sum, carry)
		fmt.Println("  ", bits.OnesCount8(uint8(v)), bits.Len32(uint32(v)), bits.Reverse16(uint16(v)), bits.RotateLeft32(uint32(v), 5), bits.LeadingZeros(uint(v)))
	}
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(9, 5, 7))
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div64(1, 0, 1)
}
