// lesson: int8 and uint8 arithmetic wraps around silently at run time
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b int8 = -128
	b--
	fmt.Println("int8 -128-1 =", b)
	var c int8 = -128
	c = -c
	fmt.Println("int8 -(-128) =", c)
	var d int8 = 100
	d *= 3
	fmt.Println("int8 100*3 =", d)
	var u uint8 = 255
	u++
	fmt.Println("uint8 255+1 =", u)
	var z uint8 = 0
	z--
	fmt.Println("uint8 0-1 =", z)
	var m uint8 = 200
	m += 100
	fmt.Println("uint8 200+100 =", m)
	var x byte = 16
	x *= 16
	fmt.Println("byte 16*16 =", x)
	for i, v := 0, int8(125); i < 5; i, v = i+1, v+1 {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
