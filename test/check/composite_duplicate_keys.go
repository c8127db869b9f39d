package main

func main() {
	_ = map[string]int{"a": 1, "a" /* ERROR "duplicate key \"a\" in map literal" */ : 2}
	_ = []string{0: "x", 0: /* ERROR "duplicate index 0 in array or slice literal" */ "y"}
}
