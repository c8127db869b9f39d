package main

func main() {
	_ = string(1.5 /* ERROR `cannot convert 1.5 \(untyped float constant\) to type string` */ )
	_ = int("5" /* ERROR `cannot convert "5" \(untyped string constant\) to type int` */ )
	b := true
	_ = int(b /* ERROR `cannot convert b \(variable of type bool\) to type int` */ )
}
