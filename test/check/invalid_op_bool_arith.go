package main

func main() {
	a, b := true, false
	_ = a /* ERROR "operator \\+ not defined on a \\(variable of type bool\\)" */ + b
	_ = -a /* ERROR "operator - not defined on a" */
}
