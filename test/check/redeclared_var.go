package main

var total int
var total /* ERROR "total redeclared in this block" */ string

func main() {
	x := 1
	var x /* ERROR "x redeclared in this block" */ = 2
	_ = x
}
