package main

var x := /* ERROR "syntax error: unexpected :=, expecting =" */ 1

func main() {}
