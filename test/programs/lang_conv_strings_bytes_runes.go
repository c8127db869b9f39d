// lesson: string <-> []byte <-> []rune conversions copy; len counts bytes, not characters
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:4])
	fmt.Println(r[:4])
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[7] = '地'
	fmt.Println(string(r))
	fmt.Println(string(r[7:]), string(b[8:]))
	fmt.Printf("%q %q\n", s[1], s[1:3])
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)) == "\uFFFD")
	bs := []byte{0xe4, 0xb8, 0x96, 0xff}
	fmt.Printf("%q %v\n", string(bs), []rune(string(bs)))
	var empty []byte
	fmt.Printf("%q %d\n", string(empty), len([]rune("")))
	fmt.Println(string([]rune{72, 105, 0x1F600}))
}
