// lesson: unicode predicates and case mapping work on runes from many scripts
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é世\t_!ßΣ٣" {
		fmt.Printf("%q upper=%v lower=%v letter=%v digit=%v number=%v space=%v punct=%v -> %q %q\n",
			r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('α', unicode.Greek, unicode.Latin), unicode.IsControl('\n'))
	fmt.Printf("%q %q\n", unicode.ToTitle('ǆ'), unicode.SimpleFold('A'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD')
}
