package main

func helper() int { return 1 }

import "fmt"

func main() {
	fmt.Println(helper())
}
