// lesson: shifting by the width or more gives 0 (or -1 for negative signed values), never a panic
package main

import "fmt"

func shl(x uint32, n uint) uint32 { return x << n }
func shr(x int32, n uint) int32   { return x >> n }

func main() {
	for _, n := range []uint{31, 32, 33, 64, 200} {
		fmt.Printf("1<<%d = %d  -8>>%d = %d  8>>%d = %d\n", n, shl(1, n), n, shr(-8, n), n, shr(8, n))
	}
	var u64 uint64 = 1
	k := 64
	fmt.Println("uint64 1<<64 =", u64<<k)
	var i64 int64 = -1
	fmt.Println("int64 -1<<63 =", i64<<63)
	fmt.Println("int64 -1>>100 =", i64>>100)
	var b byte = 0xff
	fmt.Println("byte 0xff<<8 =", b<<8, "byte 0xff>>8 =", b>>8)
	var neg int64 = -1 << 40
	fmt.Println("-1<<40 >> 20 =", neg>>20)
}
