package main

import "fmt"

func main() {
	goto end /* ERROR "goto end jumps over declaration of msg at" */
	msg := "skipped"
	fmt.Println(msg)
end:
	fmt.Println("end")
}
