package main

func main() {
	_ = uint8(256 /* ERROR "cannot convert 256 \\(untyped int constant\\) to type uint8" */ )
	_ = uint( - /* ERROR "cannot convert -1 \\(untyped int constant\\) to type uint" */ 1)
	const big = 1 << 70
	var n int = big /* ERROR "cannot use big \\(untyped int constant 1180591620717411303424\\) as int value in variable declaration \\(overflows\\)" */
	_ = n
}
