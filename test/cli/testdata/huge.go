package main

import "fmt"

func main() {
	b := make([]byte, 1<<40)
	fmt.Println(len(b))
}
