package main

import (
	str /* ERROR "imported and not used: \"strings\" as str" */ "strings"
)

func main() {}
