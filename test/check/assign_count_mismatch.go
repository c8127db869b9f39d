package main

func pair() (int, int) { return 1, 2 }

func main() {
	a, b := 1 /* ERROR "assignment mismatch: 2 variables but 1 value" */
	c := pair /* ERROR "assignment mismatch: 1 variable but pair returns 2 values" */ ()
	_, _, _ = a, b, c
}
