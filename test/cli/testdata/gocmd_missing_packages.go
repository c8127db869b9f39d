package main

import (
	"fmt"
	"iter"
	"utils"
)

func main() {
	fmt.Println(utils.Double(2)
}
