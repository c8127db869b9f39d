package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printn /* ERROR "undefined: fmt.Printn" */ ("x")
	_ = strings.Builder{}
	_ = strings.builder /* ERROR "undefined: strings.builder" */ {}
}
