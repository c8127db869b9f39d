// lesson: conversions between every numeric type: truncation, wrap-around, sign extension and float rounding
package main

import (
	"fmt"
	"math"
)

func main() {
	v := -129.75
	fmt.Println(int(v), int8(int(v)), uint8(int(v)), int16(v), int32(v), int64(v))
	big := int64(1)<<40 + 0x1234_5678
	fmt.Println(int32(big), uint32(big), int16(big), uint16(big), int8(big), uint8(big))
	neg := int32(-1)
	fmt.Println(uint32(neg), uint64(neg), uint16(neg), int64(neg), uint(uint8(neg)))
	u8 := uint8(200)
	fmt.Println(int8(u8), int(u8), int8(u8)+0, float32(u8))
	f := float32(16777217)
	fmt.Println(f, float64(f), int(f))
	d := 0.1
	fmt.Println(float32(d), float64(float32(d)))
	fmt.Println(uint64(math.MaxUint64), float64(uint64(math.MaxUint64)))
	fmt.Println(int64(math.MaxInt64), float64(math.MaxInt64), int64(float64(1<<62)))
	var r rune = 'é'
	fmt.Println(byte(r), uint16(r), int(r), float64(r))
	x := 3.999
	fmt.Println(int(x), int(-x), uint(x))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8*i8, uint8(i8)>>1, i8>>1)
	var u16 uint16 = 0xFFFF
	u16++
	fmt.Println(u16, ^uint16(0), ^0)
	c := complex(float32(1.5), float32(2))
	fmt.Println(complex128(c), real(complex64(complex(1e30, 0))))
	fmt.Println(uintptr(42), int(uintptr(7)), float64(int8(-5))/2)
	h := math.Inf(1)
	fmt.Println(float32(h), float32(h*2), float32(-h), math.IsNaN(float64(float32(math.NaN()))))
	type Celsius float64
	type Fahr float64
	cc := Celsius(100)
	ff := Fahr(cc*9/5 + 32)
	fmt.Println(ff, int(ff))
}
