// lesson: sync.Pool: Get returns New() when empty; reuse pooled buffers (reset before use)
package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{New: func() interface{} {
		created++
		return new(bytes.Buffer)
	}}
	render := func(name string) string {
		buf := pool.Get().(*bytes.Buffer)
		buf.Reset()
		defer pool.Put(buf)
		buf.WriteString("hello, ")
		buf.WriteString(name)
		return buf.String()
	}
	fmt.Println(render("ann"))
	fmt.Println(render("bob"))
	fmt.Println("at least one buffer created:", created >= 1)
	var empty sync.Pool
	fmt.Println("Get on a pool without New:", empty.Get())
}
