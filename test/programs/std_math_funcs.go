// lesson: math basics: Sqrt, Pow, Floor, Ceil, Trunc, Round, Mod, Abs, Max/Min, integer limits
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3))
	for _, x := range []float64{2.5, -2.5, 2.4, -2.6} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Remainder(7, 3))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, math.NaN()), math.Max(-0.0, 0))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt8, math.MaxUint16)
	fmt.Println(math.Pi, math.E, math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Log(math.E), math.Log2(1024))
	fmt.Println(math.Exp(0), math.Log10(0.001), math.Log(0), math.Log(-1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Float64bits(1.0), math.Float32bits(1.0))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
}
