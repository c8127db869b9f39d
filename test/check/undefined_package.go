package main

func main() {
	fmt /* ERROR "undefined: fmt" */ .Println("hi")
	_ = strings /* ERROR "undefined: strings" */ .ToUpper("x")
}
