package main

import (
	"fmt"
	"os" /* ERROR "imported and not used: \"os\"" */
	"strings" /* ERROR "imported and not used" */
)

func main() {
	fmt.Println("only fmt is used")
}
