package main

func main() {
	a, b := []int{}, []int{}
	_ = a /* ERROR "slice can only be compared to nil" */ == b
	m := map[string]int{}
	_ = m /* ERROR "map can only be compared to nil" */ == m
	f := func() {}
	_ = f /* ERROR "func can only be compared to nil" */ == f
	_ = a == nil
}
