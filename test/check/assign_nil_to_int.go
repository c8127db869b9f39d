package main

func main() {
	var i int = nil /* ERROR "cannot use nil as int value in variable declaration" */
	var s string
	s = nil /* ERROR "cannot use nil as string value in assignment" */
	_, _ = i, s
}
