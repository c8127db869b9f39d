package main

func main() {
	var a int32 = 1
	var b int64 = 1
	if a == b /* ERROR "mismatched types int32 and int64" */ {
	}
	type Celsius float64
	type Fahrenheit float64
	c, f := Celsius(1), Fahrenheit(1)
	_ = c < f /* ERROR "mismatched types Celsius and Fahrenheit" */
}
