// lesson: shifts: left shifts drop high bits, signed right shift copies the sign bit
package main

import "fmt"

func main() {
	var u8 uint8 = 0b1011_0001
	fmt.Printf("%08b << 1 = %08b\n", u8, u8<<1)
	fmt.Printf("%08b >> 3 = %08b\n", u8, u8>>3)
	var i8 int8 = -16
	fmt.Println("int8 -16 >> 2 =", i8>>2)
	fmt.Println("int8 -1 >> 7 =", int8(-1)>>7)
	one := int8(1)
	fmt.Println("int8 1 << 7 =", one<<7)
	var x int32 = -100
	fmt.Println("int32 -100 >> 1 =", x>>1, "(division gives", x/2, ")")
	fmt.Println("int32 -101 >> 1 =", (x-1)>>1, "(division gives", (x-1)/2, ")")
	for s := uint(0); s < 4; s++ {
		fmt.Print(1<<s*3, " ")
	}
	fmt.Println()
	n := 5
	fmt.Println("1 << n with signed count:", 1<<n)
	var mask uint16 = 1<<12 - 1
	fmt.Printf("mask %#x %d\n", mask, mask)
	fmt.Printf("%#x\n", uint32(0xABCD)<<16|0x1234)
}
