package main

func main() {
	_ = map[string]int{"a": 1, 2 /* ERROR "missing key in map literal" */ }
}
