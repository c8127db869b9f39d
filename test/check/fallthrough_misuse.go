package main

func main() {
	switch 1 {
	case 1:
		fallthrough /* ERROR "cannot fallthrough final case in switch" */
	}
	var v interface{} = 1
	switch v.(type) {
	case int:
		fallthrough /* ERROR "cannot fallthrough in type switch" */
	case string:
	}
}
