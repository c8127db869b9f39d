// lesson: io.Pipe connects a writing goroutine to a reader; MultiWriter, TeeReader, ReadFull, CopyN, SectionReader
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(pr2)
	fmt.Printf("%q %v\n", data, err)

	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)

	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b, os.Stdout)
	fmt.Fprintln(mw, "to three writers")
	fmt.Println(a.String() == b.String(), a.Len())

	var seen strings.Builder
	tee := io.TeeReader(strings.NewReader("tee data"), &seen)
	buf := make([]byte, 3)
	n, err := io.ReadFull(tee, buf)
	fmt.Println(n, err, string(buf), seen.String())
	big := make([]byte, 20)
	n, err = io.ReadFull(tee, big)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(strings.NewReader(""), big)
	fmt.Println(n, err)

	var out strings.Builder
	w, err := io.CopyN(&out, strings.NewReader("0123456789"), 4)
	fmt.Println(w, err, out.String())
	w, err = io.CopyN(&out, strings.NewReader("ab"), 4)
	fmt.Println(w, err, out.String())

	sr := io.NewSectionReader(strings.NewReader("Hello, section reader!"), 7, 7)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest), sr.Size())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n64, _ := io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n64)
}
