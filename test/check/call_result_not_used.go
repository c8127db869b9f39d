package main

func main() {
	s := []int{1}
	len /* ERROR `len\(s\) \(value of type int\) is not used` */ (s)
	append /* ERROR `append\(s, 2\) \(value of type \[\]int\) is not used` */ (s, 2)
}
