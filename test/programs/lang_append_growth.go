// lesson: append grows capacity by doubling for small slices, then more slowly; prints len/cap as it grows
package main

import "fmt"

func main() {
	var s []int
	lastCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != lastCap {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			lastCap = cap(s)
		}
	}
	b := []byte{}
	caps := []int{}
	for i := 0; i < 100; i++ {
		b = append(b, 'x')
		if len(caps) == 0 || caps[len(caps)-1] != cap(b) {
			caps = append(caps, cap(b))
		}
	}
	fmt.Println("byte caps:", caps)
	t := make([]int, 3, 3)
	t = append(t, 1, 2, 3, 4, 5)
	fmt.Println("append many:", len(t), cap(t))
	u := append([]int(nil), 1, 2, 3)
	fmt.Println("append to nil:", len(u), cap(u))
	type big struct{ a, b, c int64 }
	var bs []big
	for i := 0; i < 10; i++ {
		bs = append(bs, big{})
		fmt.Print(cap(bs), " ")
	}
	fmt.Println()
}
