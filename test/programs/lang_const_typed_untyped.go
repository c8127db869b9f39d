// lesson: untyped constants take the type the context needs; typed constants keep theirs
package main

import (
	"fmt"
	"time"
)

const untypedInt = 10
const typedInt int64 = 10
const pi = 3.14159
const greeting = "hi"

type Miles float64

func main() {
	var f float64 = untypedInt
	var b byte = untypedInt
	var d time.Duration = untypedInt
	fmt.Printf("%T %T %T\n", f, b, d)
	fmt.Println(d, d*time.Millisecond)
	var m Miles = pi
	fmt.Printf("%T %v\n", m, m*2)
	x := untypedInt
	y := pi
	z := 'x'
	w := 2i
	fmt.Printf("%T %T %T %T\n", x, y, z, w)
	fmt.Printf("%T %v\n", typedInt, typedInt*3)
	fmt.Println(untypedInt/3, untypedInt/3.0, pi*untypedInt)
	type Str string
	var s Str = greeting
	fmt.Printf("%T %v\n", s, s+"!")
	const big = 1 << 40
	fmt.Println(big/1024, float32(big))
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
}
