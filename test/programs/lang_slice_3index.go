// lesson: a full slice expression s[lo:hi:max] limits capacity so append must copy
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4]
	t := base[2:4:4]
	fmt.Println(len(s), cap(s), len(t), cap(t))
	s = append(s, 100)
	fmt.Println("two-index append clobbers base:", base)
	t = append(t, 200)
	fmt.Println("three-index append copies:", base, t)
	u := base[1:3:5]
	fmt.Println(u, len(u), cap(u), u[:cap(u)])
	arr := [5]string{"a", "b", "c", "d", "e"}
	v := arr[:2:3]
	v = append(v, "X")
	fmt.Println(arr, v)
	v = append(v, "Y")
	v[0] = "Z"
	fmt.Println(arr, v)
	w := base[:0:0]
	fmt.Println(len(w), cap(w), w == nil)
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", str[5:])
}
