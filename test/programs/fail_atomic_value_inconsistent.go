// lesson: atomic.Value keeps one dynamic type: storing nil or another type panics
package main

import (
	"fmt"
	"sync/atomic"
)

type celsius float64

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-22s %v\n", name+":", recover())
	}()
	f()
}

func main() {
	var v atomic.Value
	try("store nil", func() { v.Store(nil) })
	try("swap nil", func() { v.Swap(nil) })
	try("cas nil", func() { v.CompareAndSwap(nil, nil) })
	try("cas mixed old/new", func() { v.CompareAndSwap(1, "one") })
	fmt.Println("cas old on empty:", v.CompareAndSwap(1, 2), v.Load())
	fmt.Println("cas nil on empty:", v.CompareAndSwap(nil, 1.5), v.Load())
	try("store float32", func() { v.Store(float32(2)) })
	try("store celsius", func() { v.Store(celsius(2)) })
	try("swap int", func() { v.Swap(3) })
	fmt.Println("cas float64:", v.CompareAndSwap(1.5, 2.5), v.CompareAndSwap(1.5, 3.5), v.Load())
	fmt.Println("swap float64:", v.Swap(4.5), v.Load())
	v.CompareAndSwap(nil, celsius(5))
}
