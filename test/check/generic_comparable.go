package main

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	type IntSlice []int
	_ = Index[IntSlice /* ERROR "IntSlice does not implement comparable" */ ](nil, nil)
	_ = Index[any /* ERROR "any does not implement comparable" */ ](nil, 1)
	_ = Index([]string{"a"}, "a")
}
