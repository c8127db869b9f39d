package main

func main() {
	var v /* ERROR "v declared but not used" */ interface{} = 1
	_ = v /* ERROR `use of .\(type\) outside type switch` */ .(type)
}
