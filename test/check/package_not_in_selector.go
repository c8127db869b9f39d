package main

import "fmt" /* ERROR "imported and not used: \"fmt\"" */

func main() {
	p := fmt /* ERROR "use of package fmt not in selector" */
	_ = p
}
