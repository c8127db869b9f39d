// lesson: interfaces embed interfaces; a struct can embed an interface and override some methods
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Shouter struct{ ReadWriter }

func (s Shouter) Write(x string) { s.ReadWriter.Write(strings.ToUpper(x)) }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	var w Writer = rw
	w.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read())
	sh := Shouter{&Buffer{}}
	sh.Write("quiet")
	var r Reader = sh
	fmt.Println(r.Read())
	_, isWriter := r.(Writer)
	fmt.Println("reader is also a Writer:", isWriter)
	fmt.Printf("%T %T\n", r, rw)
}
