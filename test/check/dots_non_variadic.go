package main

func takesOne(a int) {}

func main() {
	nums := []int{1}
	takesOne /* ERROR "cannot use ... in call to non-variadic takesOne" */ (nums...)
}
