package main

func main() {
	x := 5
	x /* ERROR "cannot call non-function x \\(variable of type int\\)" */ ()
	s := "f"
	s /* ERROR "cannot call non-function s" */ ("arg")
}
