package main

func main() {
	var x int
	x = "hello" /* ERROR "cannot use \"hello\" \\(untyped string constant\\) as int value in assignment" */
	var s string
	s = x /* ERROR "cannot use x \\(variable of type int\\) as type string in assignment" */
	_ = s
}
