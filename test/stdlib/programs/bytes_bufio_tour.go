// lesson: package bytes and bufio: slicing functions, Buffer, Scanner, Reader and Writer
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"unicode"
)

func main() {
	in := []byte("  the quick\tbrown fox, jumps; over\nthe lazy dög  ")
	fmt.Printf("%q\n", bytes.Fields(in))
	fmt.Printf("%q\n", bytes.Split(in, []byte(" ")))
	fmt.Printf("%q %q\n", bytes.TrimSpace(in), bytes.Trim(in, " tg"))
	fmt.Printf("%q\n", bytes.FieldsFunc(in, unicode.IsPunct))
	fmt.Println(bytes.Index(in, []byte("fox")), bytes.Count(in, []byte("the")), bytes.Equal([]byte("a"), []byte("a")), bytes.Compare(in, nil))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper(in), bytes.Title([]byte("hello world")), bytes.Replace(in, []byte("the"), []byte("THE"), 1))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim(nil, "x") == nil, bytes.Split(nil, []byte(",")))
	fmt.Println(bytes.Runes([]byte("héllo")), string(bytes.Repeat([]byte("ab"), 3)), string(bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte(", "))))

	var buf bytes.Buffer
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&buf, "line %d\n", i)
		fmt.Print(buf.Len(), ":", buf.Cap(), " ")
	}
	fmt.Println()
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	r, size, _ := buf.ReadRune()
	fmt.Println(r, size, buf.UnreadRune(), buf.UnreadRune())
	fmt.Printf("%q\n", buf.Next(10))
	buf.Truncate(5)
	fmt.Printf("%q %d\n", buf.String(), buf.Cap())
	buf.WriteTo(os.Stdout)
	fmt.Println()

	sc := bufio.NewScanner(strings.NewReader("alpha beta\r\ngamma\n\ndelta"))
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader(" one  two\u00a0three\u2003four "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Printf("<%s>", ws.Text())
	}
	fmt.Println()
	commas := bufio.NewScanner(strings.NewReader("a,b,,c"))
	commas.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for commas.Scan() {
		fmt.Printf("(%s)", commas.Text())
	}
	fmt.Println(commas.Err())
	small := bufio.NewScanner(strings.NewReader("short\nthis line is far too long\nok"))
	small.Buffer(make([]byte, 4), 8)
	for small.Scan() {
		fmt.Println("token:", small.Text())
	}
	fmt.Println("err:", small.Err())

	br := bufio.NewReaderSize(strings.NewReader("first line\nsecond line that is long\r\nthird"), 16)
	for {
		l, prefix, err := br.ReadLine()
		fmt.Printf("%q %v %v\n", l, prefix, err)
		if err != nil {
			break
		}
	}
	w := bufio.NewWriterSize(os.Stdout, 8)
	fmt.Fprintf(w, "buffered %d %s\n", 42, "output")
	fmt.Println("before flush", w.Buffered(), w.Available())
	w.Flush()
}
