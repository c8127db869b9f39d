package main

import "strconv"

func main() {
	n := strconv /* ERROR "assignment mismatch: 1 variable but strconv.Atoi returns 2 values" */ .Atoi("1")
	_ = n
	_ = strconv /* ERROR `multiple-value strconv.Atoi\("2"\) .* in single-value context` */ .Atoi("2") + 1
}
