package main

func main() {
	x := 1
	x = = /* ERROR "syntax error: unexpected =, expecting expression" */ 2
}
