// lesson: bufio.Scanner splits input into lines (dropping \r\n) or words; Buffer limits token size
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "first line\r\nsecond line\n\nlast line without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Printf("%q\n", words)
	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("[%s]", rs.Text())
	}
	fmt.Println()
	small := bufio.NewScanner(strings.NewReader("short\nthis line is far too long\nok"))
	small.Buffer(make([]byte, 8), 8)
	for small.Scan() {
		fmt.Println("token:", small.Text())
	}
	fmt.Println("err:", small.Err())
}
