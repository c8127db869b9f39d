package main

func f(a int, a /* ERROR "a redeclared in this block" */ string) {}

func main() { f(1, "x") }
