// lesson: complex64/complex128: arithmetic, real/imag/complex and how they print
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a, b)
	fmt.Println("a+b =", a+b, "a*b =", a*b, "a/b =", a/b)
	fmt.Println("real", real(a), "imag", imag(a), "abs", cmplx.Abs(a))
	fmt.Println("conj", cmplx.Conj(a), "i*i =", 1i*1i)
	var c64 complex64 = complex64(a)
	fmt.Printf("%T %v %T %v\n", c64, c64, real(c64), real(c64))
	fmt.Printf("%.2f %+.1e %g\n", a, b, a*a)
	fmt.Println("equal:", a == complex(3, 4), a != b)
	z := 0i
	for i := 0; i < 4; i++ {
		z = z*z + complex(0.5, 0.5)
	}
	fmt.Printf("iterated: %.4f\n", z)
	const k = 2i * 2i
	fmt.Println("const 2i*2i =", k, real(k))
	fmt.Println(cmplx.Sqrt(-1))
}
