// lesson: strings.Builder grows a string efficiently; strings.Reader reads it back byte by byte, rune by rune
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	fmt.Println(b.Cap() >= 64)

	r := strings.NewReader("héllo world")
	fmt.Println(r.Len(), r.Size())
	c, _ := r.ReadByte()
	fmt.Println(string(c))
	ru, size, _ := r.ReadRune()
	fmt.Println(string(ru), size)
	r.UnreadRune()
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	n, err = r.Read(buf)
	fmt.Println(n, err)
	r.Reset("abc")
	r.Seek(1, io.SeekStart)
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))
	var sb strings.Builder
	n64, err := io.Copy(&sb, strings.NewReader("copied through io.Copy"))
	fmt.Println(n64, err, sb.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	d, _ := io.ReadAll(lr)
	fmt.Println(string(d))
}
