package main

func main() {
	a := 1; b := 2 c /* ERROR "syntax error: unexpected c at end of statement" */ := 3
}
