// lesson: integer verbs %d %b %o %O %x %X %c %q %U with flags + - # 0 space and widths
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%+d|%5d|%-5d|%05d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%+d|%6d|%-6d|%06d|% d|%x|%X|%o|%b\n", m, m, m, m, m, m, m, m, m, m)
	fmt.Printf("%08.3d|%.5d|%.0d|%.0d|\n", 7, -7, 0, 1)
	fmt.Printf("%c|%q|%U|%#U|%x\n", 0x4E16, 0x4E16, 0x4E16, 0x4E16, 'A')
	fmt.Printf("%c|%q|%#q|%U\n", 'A', '\n', 'x', -1)
	fmt.Printf("%x|%X|% x|%#x\n", uint64(1<<63), int8(-128), 1234, -1)
	fmt.Printf("%+q|%q\n", 'é', 0x110000)
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	fmt.Printf("%v|%d|%x|%v\n", u8, i64, i64, uint64(18446744073709551615))
	fmt.Printf("[%-+8d][%+-8d][%0-8d]\n", 5, 5, 5)
	fmt.Printf("%v %d\n", []byte("hi"), [2]uint8{1, 2})
}
