package main

func main() {
	n := 10
	_ = n /* ERROR "mismatched types int and untyped string" */ + "items"
}
