package main

func main() {
	x := 1
	x := /* ERROR "no new variables on left side of :=" */ 2
	y, x := 3, 4
	_, _ = x, y
}
