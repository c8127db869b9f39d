package main

func main() {
	arr := []int{1, 2}
	for i /* ERROR "i declared but not used" */, v /* ERROR "v declared but not used" */ := range arr {
	}
}
