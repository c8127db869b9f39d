package main

func main() {
	n /* ERROR "n declared but not used" */ := 3
	var a [n /* ERROR "invalid array length n|array length n .* must be constant" */ ]int
	_ = a
}
