package main

func parse() (n int, err error) {
	if true {
		n := 5
		_ = n
		return /* ERROR "result parameter n not in scope at return" */
	}
	return
}

func main() { _, _ = parse() }
