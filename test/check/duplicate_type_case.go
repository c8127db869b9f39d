package main

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int, string:
	case int /* ERROR "duplicate case int in type switch" */ :
	}
}
