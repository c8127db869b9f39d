// lesson: unicode/utf8: counting, decoding, validating and encoding runes by hand
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last %q %d\n", r, size)
	bad := "a\xffb\xe4\xb8"
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad), utf8.RuneCountInString(bad))
	r, size = utf8.DecodeRuneInString(bad[1:])
	fmt.Printf("%q %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Printf("%q %d\n", r, size)
	for _, c := range []rune{'a', 'é', '世', '😀', -1, 0xD800} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, c)
		fmt.Printf("%U len=%d valid=%v bytes=% x\n", c, utf8.RuneLen(c), utf8.ValidRune(c), buf[:n])
	}
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8), utf8.UTFMax, utf8.RuneSelf)
	b := utf8.AppendRune([]byte("x"), '界')
	fmt.Println(string(b), len(b))
}
