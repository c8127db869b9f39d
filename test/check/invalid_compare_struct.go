package main

type P struct{ X int }

func main() {
	a, b := P{1}, P{2}
	_ = a == b
	_ = a /* ERROR "operator < not defined on struct" */ < b
}
