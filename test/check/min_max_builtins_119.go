package main

func main() {
	_ = min /* ERROR "undefined: min" */ (1, 2)
	_ = max /* ERROR "undefined: max" */ (1, 2)
	m := map[int]int{}
	clear /* ERROR "undefined: clear" */ (m)
}
