package main

func main() {
	x := 2
	switch x {
	case 1, 2:
	case 2 /* ERROR "duplicate case 2 .* in expression switch" */ :
	}
}
