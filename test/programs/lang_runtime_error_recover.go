// lesson: runtime panics are runtime.Error values; recover them and print their messages
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%-8s runtime.Error=%-5v %v\n", name, isRT, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var p *T
	var e interface{} = "str"
	z := 0
	var ch chan int
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("slice2", func() { _ = s[i-2 : 1] })
	try("map", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.x })
	try("assert", func() { _ = e.(int) })
	try("divide", func() { _ = 10 / z })
	try("close", func() { close(ch) })
	try("custom", func() { panic("plain string") })
	try("str", func() { _ = "abc"[i] })
	try("arr", func() { var a [3]int; _ = a[i%4+2] })
}
