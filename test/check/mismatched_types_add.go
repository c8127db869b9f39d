package main

func main() {
	x := 1
	s := "a"
	_ = x /* ERROR "invalid operation: x \\+ s \\(mismatched types int and string\\)" */ + s
	var f float64 = 2
	_ = x /* ERROR "mismatched types int and float64" */ * f
}
