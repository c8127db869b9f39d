package main

func main() {
	f := 7.5
	_ = f /* ERROR `operator % not defined on f \(variable of type float64\)` */ % 2
}
