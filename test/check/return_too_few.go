package main

func pair() (int, string) {
	return 1 /* ERROR "not enough return values" */
}

func main() { _, _ = pair() }
