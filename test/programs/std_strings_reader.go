// lesson: strings.NewReader with bufio.Reader: ReadString, ReadRune, UnreadRune and io.EOF at the end
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond\nno newline"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q err=%v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	sr := strings.NewReader("héy")
	fmt.Println(sr.Len(), sr.Size())
	for {
		ch, size, err := sr.ReadRune()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%c (%d bytes), %d left\n", ch, size, sr.Len())
	}
	sr2 := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	for {
		n, err := sr2.Read(buf)
		fmt.Printf("n=%d %q err=%v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	all, err := io.ReadAll(strings.NewReader("everything"))
	fmt.Println(string(all), err)
}
