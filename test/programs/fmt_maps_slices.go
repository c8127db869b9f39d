// lesson: maps print with keys sorted (numbers, strings, bools, mixed interface keys); slices and arrays
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "mid": 3})
	fmt.Println(map[int]string{10: "ten", -5: "neg", 3: "three"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"x": {1}}, map[string]K{"k": {1, "s"}}, map[string]int{"b": 2, "a": 1})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"})
	fmt.Println([]int{1, 2, 3}, [3]string{"a", "b", "c"}, [][]int{{1}, {2, 3}}, [0]int{})
	fmt.Printf("%v %d %x %q\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []int{65, 66})
	fmt.Printf("%#v %#v %#v\n", []int{1}, [2]bool{}, []interface{}{1, "a", nil})
	fmt.Printf("%5d|%-4v|\n", []int{1, 2}, []string{"a"})
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
}
