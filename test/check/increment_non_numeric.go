package main

func main() {
	s := "a"
	s /* ERROR `invalid operation: s\+\+ \(non-numeric type string\)` */ ++
	var i int
	i /* ERROR `invalid operation: i \+= "x" \(mismatched types int and untyped string\)` */ += "x"
}
