// lesson: float32 rounds much earlier than float64; printing shows the shortest exact form
package main

import "fmt"

func main() {
	var a32 float32 = 0.1
	var a64 float64 = 0.1
	fmt.Println("0.1:", a32, a64, float64(a32))
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println("ten 0.1s:", s32, s64)
	fmt.Println("0.1+0.2:", 0.1+0.2, "(constants)")
	x, y := 0.1, 0.2
	fmt.Println("0.1+0.2 at run time:", x+y)
	var big32 float32 = 16777216
	fmt.Println("float32 2^24+1:", big32+1)
	var big64 float64 = 9007199254740992
	fmt.Println("float64 2^53+1:", big64+1)
	fmt.Println("float32(1)/3:", float32(1)/3, "float64(1)/3:", float64(1)/3)
	fmt.Printf("%.10f %.20f\n", a32, a64)
	var third float32 = 1.0 / 3
	fmt.Println("float32 third*3 == 1:", third*3 == 1)
	m32 := float32(3.4e38)
	fmt.Println(m32*10, -m32*10)
	fmt.Println(1e21, 1e20, 123456789.0, float32(123456789.0))
}
