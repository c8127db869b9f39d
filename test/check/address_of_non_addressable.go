package main

func main() {
	m := map[string]int{"a": 1}
	_ = & m /* ERROR "cannot take address of m\\[\"a\"\\]" */ ["a"]
	_ = & 5 /* ERROR "cannot take address of 5" */
}
