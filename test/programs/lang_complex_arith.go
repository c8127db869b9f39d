// lesson: complex64 and complex128: arithmetic, real/imag, comparisons and printing
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), cmplx.Abs(a))
	fmt.Println(a == complex(3, 4), a != b)
	var c64 complex64 = complex64(a)
	fmt.Printf("%v %T %T\n", c64, c64, real(c64))
	fmt.Printf("%.2f %8.3f %g\n", a, b, a*a)
	fmt.Println(cmplx.Sqrt(-1), cmplx.Conj(a))
	z := cmplx.Exp(complex(0, math.Pi))
	fmt.Printf("%.3f\n", z)
	const k = 2i * 2i
	fmt.Println(k, real(k))
	var zero complex128
	fmt.Println(zero, 1/zero)
	roots := []complex128{}
	for n := 0; n < 4; n++ {
		roots = append(roots, cmplx.Rect(1, float64(n)*math.Pi/2))
	}
	for _, r := range roots {
		fmt.Printf("(%.1f,%.1f) ", real(r), imag(r))
	}
	fmt.Println()
	x := 2 + 0i
	x *= x
	x += 1i
	fmt.Println(x, cmplx.Phase(1i))
}
