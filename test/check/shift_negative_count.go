package main

func main() {
	x := 8
	_ = x << - /* ERROR `invalid shift count -1 \(untyped int constant\)|negative shift count` */ 1
}
