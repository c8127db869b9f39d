// lesson: slices share backing arrays until append reallocates; copy copies min(len) elements
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println("append within cap overwrites a:", a)
	b = append(b, 40, 50)
	b[0] = -1
	fmt.Println("after realloc a is untouched:", a, b)
	dst := make([]int, 3)
	n := copy(dst, a)
	fmt.Println(n, dst)
	n = copy(dst, []int{9})
	fmt.Println(n, dst)
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println("overlapping copy:", s)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Println(append(nilS, empty...) == nil)
	c := a[:0]
	for _, v := range a {
		if v%2 != 0 {
			c = append(c, v)
		}
	}
	fmt.Println("filtered in place:", c, "a now", a)
}
