// lesson: int16/uint16 and int32/uint32 wrap around; rune is an int32
package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println("int16:", a)
	var b uint16 = 65535
	b += 2
	fmt.Println("uint16:", b)
	var c int32 = 2147483647
	c++
	fmt.Println("int32:", c)
	var d uint32 = 4294967295
	d++
	fmt.Println("uint32:", d)
	var e int32 = 65536
	e *= 65536
	fmt.Println("int32 65536*65536:", e)
	var f int32 = 50000
	f *= 50000
	fmt.Println("int32 50000*50000:", f)
	var r rune = 0x7fffffff
	r++
	fmt.Println("rune:", r)
	var g uint16 = 1
	g -= 2
	fmt.Println("uint16 1-2:", g)
	h := int16(-32768)
	fmt.Println("int16 -32768 / -1:", h/-1, "abs trick:", -h)
}
