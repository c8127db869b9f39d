package main

func main() {
	var b byte = 300 /* ERROR "cannot use 300 \\(untyped int constant\\) as byte value in variable declaration \\(overflows\\)" */
	var i8 int8 = - /* ERROR "-129 \\(untyped int constant\\) as int8 value in variable declaration \\(overflows\\)" */ 129
	_, _ = b, i8
}
