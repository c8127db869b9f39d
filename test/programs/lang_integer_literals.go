// lesson: integer literal forms (hex, octal, binary, underscores) and rune/string escapes
package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 017, 0o17, 0O17, 0b1010, 1_000_000, 0x_FF_FF)
	fmt.Println(1e3, 0x1p-2, 1_5.2_5, .5, 6.)
	fmt.Println('a', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600')
	fmt.Printf("%q\n", "\a\b\f\n\r\t\v\\\"")
	fmt.Printf("%q %q\n", "\xe2\x82\xac", "\u20ac")
	fmt.Println("\u20ac" == "€", len("\U0001F600"))
	fmt.Printf("%x %X %o %O %b\n", 255, 255, 8, 8, 5)
	var x = 08.5
	fmt.Println(x, 0i, 0x10i, 1e2i)
}
