// lesson: Replace with a count, ReplaceAll, Replacer, Map (dropping runes with -1), Repeat
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Replace("abc", "", "-", 2))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	noDigits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, "a1b2c3")
	fmt.Println(noDigits)
	fmt.Printf("%q %q\n", strings.Repeat("ab", 3), strings.Repeat("x", 0))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
}
