// lesson: GoString customises %#v; a Formatter receives every verb, flag, width and precision
package main

import (
	"fmt"
	"strings"
)

type Money struct{ Cents int64 }

func (m Money) GoString() string { return fmt.Sprintf("Money(%d)", m.Cents) }
func (m Money) String() string   { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Box string

func (b Box) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	flags := ""
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(f, "<%c w=%d/%v p=%d/%v flags=%q %s>", verb, w, hasW, p, hasP, flags, strings.ToUpper(string(b)))
}

func main() {
	m := Money{12345}
	fmt.Printf("%v %s %#v %d\n", m, m, m, m)
	fmt.Printf("%#v\n", []Money{{1}, {250}})
	b := Box("x")
	fmt.Printf("%v\n", b)
	fmt.Printf("%-8.3q\n", b)
	fmt.Printf("%+#d\n", b)
	fmt.Printf("% 05x\n", b)
	fmt.Println(b, []Box{"a", "b"})
	fmt.Printf("%*.*s\n", 6, 2, b)
}
