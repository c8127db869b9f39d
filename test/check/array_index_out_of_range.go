package main

func main() {
	var a [3]int
	_ = a[3 /* ERROR `invalid argument: index 3 out of bounds \[0:3\]` */ ]
	_ = a[- /* ERROR `invalid argument: index -1 \(constant of type int\) must not be negative` */ 1]
	const s = "abc"
	_ = s[5 /* ERROR `index 5 out of bounds \[0:3\]` */ ]
}
