package main

const Max int8 = 127

func main() {
	const x = Max /* ERROR "Max \\+ 1 \\(constant 128 of type int8\\) overflows int8" */ + 1
	_ = x
}
