// lesson: printing NaN, +Inf, -Inf and negative zero with different verbs and flags
package main

import (
	"fmt"
	"math"
)

func main() {
	nan, inf := math.NaN(), math.Inf(1)
	negZero := math.Copysign(0, -1)
	for _, v := range []float64{nan, inf, -inf, negZero} {
		fmt.Printf("%v|%f|%.2e|%g|%+v|%8.2f|%-8v|%08.2f|% f\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(nan, inf, -inf, negZero)
	fmt.Println(float32(inf), []float64{nan, 1})
	fmt.Printf("%d\n", inf)
	fmt.Printf("%v\n", complex(nan, inf))
}
