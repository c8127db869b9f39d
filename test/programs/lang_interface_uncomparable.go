// lesson: == on interfaces compiles always, but panics at run time if the dynamic type is not comparable
package main

import "fmt"

func equal(a, b interface{}) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

type pair struct{ a, b int }
type withSlice struct{ s []int }

func main() {
	fmt.Println(equal(1, 1), equal(1, "1"), equal(pair{1, 2}, pair{1, 2}))
	fmt.Println(equal([]int{1}, []int{1}))
	fmt.Println(equal(map[string]int{}, 1))
	fmt.Println(equal(withSlice{}, withSlice{}))
	fmt.Println(equal(func() {}, nil))
	fmt.Println(equal([]int{1}, "different types compare false first"))
	m := map[interface{}]int{}
	func() {
		defer func() { fmt.Println("map key:", recover()) }()
		m[[]int{1}] = 1
	}()
}
