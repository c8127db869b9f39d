package main

func main() {
	total := 0
	total += count /* ERROR "undefined: count" */
	_ = total
}
