// lesson: bitwise operators & | ^ &^ and unary ^ (bitwise not) on signed and unsigned values
package main

import "fmt"

func main() {
	a, b := uint8(0b1100_1010), uint8(0b1010_0110)
	fmt.Printf("a    %08b\nb    %08b\n", a, b)
	fmt.Printf("a&b  %08b\na|b  %08b\na^b  %08b\na&^b %08b\n^a   %08b\n", a&b, a|b, a^b, a&^b, ^a)
	x := 12
	fmt.Println("^12 =", ^x, "-12-1 =", -x-1)
	var i8 int8 = 5
	fmt.Println("int8 ^5 =", ^i8)
	flags := 0
	const (
		FlagA = 1 << iota
		FlagB
		FlagC
	)
	flags |= FlagA | FlagC
	fmt.Println(flags, flags&FlagB != 0, flags&FlagC != 0)
	flags &^= FlagA
	fmt.Println(flags)
	n := uint32(0xF0F0)
	count := 0
	for v := n; v != 0; v &= v - 1 {
		count++
	}
	fmt.Println("popcount", count)
	p, q := 3, 9
	p ^= q
	q ^= p
	p ^= q
	fmt.Println("xor swap:", p, q)
	fmt.Printf("%#x\n", -1&0xFF)
}
