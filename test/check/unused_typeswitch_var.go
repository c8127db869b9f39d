package main

func main() {
	var v interface{} = 1
	switch x /* ERROR "x declared but not used" */ := v.(type) {
	case int:
	}
}
