package main

func main() {
	for i := 0; i < 3; i++ {
		_ = i
	}}
} /* ERROR "syntax error: non-declaration statement outside function body" */
