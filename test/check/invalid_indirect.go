package main

func main() {
	n := 3
	_ = * n /* ERROR "cannot indirect n \\(variable of type int\\)" */
	s := "x"
	_ = * s /* ERROR "cannot indirect s" */
}
