// lesson: strings.Builder accumulates text efficiently; Grow, Len, WriteByte, WriteRune, Reset
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(32)
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err, b.Len(), b.String())
	b.Reset()
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d^2=%d", i, i*i)
	}
	fmt.Println(b.String())
	var lines strings.Builder
	for _, w := range []string{"x", "yy", "zzz"} {
		lines.WriteString(strings.Repeat(w, 2))
		lines.WriteByte('\n')
	}
	fmt.Print(lines.String())
}
