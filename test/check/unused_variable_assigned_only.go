package main

func main() {
	count /* ERROR "count declared but not used" */ := 0
	count = 5
}
