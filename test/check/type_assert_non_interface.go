package main

func main() {
	x := 5
	_ = x /* ERROR `x \(variable of type int\) is not an interface` */ .(int)
	s := "a"
	if _, ok := s /* ERROR "is not an interface" */ .(string); ok {
	}
}
