package main

func main() {
	s := []int{1}
	_ = append(s, "x" /* ERROR `cannot use "x" \(untyped string constant\) as int value in argument to append` */ )
	_ = copy([ /* ERROR "have different element types int and string" */ ]int{}, []string{})
}
