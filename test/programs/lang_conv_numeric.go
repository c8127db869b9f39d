// lesson: numeric conversions: float->int truncates toward zero, int->float may round, sizes truncate bits
package main

import "fmt"

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e10} {
		fmt.Println(f, "->", int(f), int64(f))
	}
	big := 1<<62 + 1
	fmt.Println("int->float64->int:", int(float64(big)) == big, float64(big))
	var i32 int32 = 16777217
	fmt.Println("int32->float32:", float32(i32))
	var x int = 300
	fmt.Println("300 as int8:", int8(x), "as uint8:", uint8(x))
	var y int = -1
	fmt.Println("-1 as uint8:", uint8(y), "uint16:", uint16(y), "uint32:", uint32(y), "uint64:", uint64(y))
	var z int64 = 0x1_2345_6789
	fmt.Printf("int64 %#x -> int32 %#x, int16 %#x\n", z, int32(z), int16(z))
	var u8 uint8 = 200
	fmt.Println("uint8 200 -> int8:", int8(u8))
	var f32 float32 = 1.1
	fmt.Println("float32 1.1 -> float64:", float64(f32))
	n5 := int8(-5)
	fmt.Println("int8 -5 -> uint64:", uint64(n5))
	umax := uint32(0xffffffff)
	fmt.Println("uint32 max -> int32:", int32(umax))
	var r rune = 'é'
	fmt.Println("rune 'é' -> byte:", byte(r), "int:", int(r))
}
