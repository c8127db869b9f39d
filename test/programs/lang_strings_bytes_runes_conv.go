// lesson: string, []byte and []rune conversions; invalid UTF-8; string(int) and indexing bytes vs runes
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r), utf8.RuneCountInString(s))
	fmt.Println(b[:3], r[:3])
	fmt.Println(string(b[1:3]), string(r[1]), string(r[7:]))
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[0] = 'J'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	bad := string([]byte{0xff, 'a', 0xe4, 0xb8})
	for i, c := range bad {
		fmt.Printf("%d:%U ", i, c)
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	fmt.Printf("%q %x % x %+q\n", s, s[:3], s[7:], "日本")
	var sb []byte
	sb = append(sb, "abc"...)
	sb = append(sb, s[7:]...)
	fmt.Println(string(sb), len(sb))
	fmt.Println(s[1], s[1:2] == "\xc3", s[len(s)-3:])
	runes := []rune{0x1F600, 'x', 0xD800}
	fmt.Println(string(runes), len(string(runes)))
	type MyBytes []byte
	type MyString string
	mb := MyBytes("typed")
	fmt.Println(MyString(mb), string(mb), []byte(MyString("q")))
	str := ""
	for i := 0; i < 3; i++ {
		str += string(rune('a' + i))
	}
	fmt.Println(str, str < "abd", "Z" < "a", "" < "a")
	copyN := copy(b, "XYZ")
	fmt.Println(copyN, string(b[:5]))
}
