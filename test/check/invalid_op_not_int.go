package main

func main() {
	x := 3
	_ = !x /* ERROR "operator ! not defined on x \\(variable of type int\\)" */
	s := "a"
	_ = s /* ERROR "operator - not defined on s" */ - "b"
}
