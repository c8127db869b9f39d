package main

func main() {
	var a int
	var b int64 = 5
	a = b /* ERROR "cannot use b \\(variable of type int64\\) as type int in assignment" */
	var f float64 = a /* ERROR "cannot use a .* as type float64 in variable declaration" */
	_ = f
}
