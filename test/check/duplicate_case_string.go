package main

func main() {
	s := "b"
	switch s {
	case "a":
	case "b", "a" /* ERROR "duplicate case \"a\"" */ :
	}
}
