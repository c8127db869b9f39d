package main

func main() {
	x := nil /* ERROR "use of untyped nil in assignment" */
	var y = nil /* ERROR "use of untyped nil in variable declaration" */
	_, _ = x, y
}
