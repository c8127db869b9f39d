package main

import "strings"

func main() {
	_ = strings.Builder{addr /* ERROR "unknown field 'addr' in struct literal of type strings.Builder" */ : nil}
}
