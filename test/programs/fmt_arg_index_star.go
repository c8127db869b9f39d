// lesson: explicit argument indexes %[n]d and * for width/precision taken from arguments
package main

import "fmt"

func main() {
	fmt.Printf("%[2]s %[1]s %[2]s\n", "world", "hello")
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %#[1]x\n", 42)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 5, 2)
	fmt.Printf("%.*s|\n", 3, "abcdef")
	fmt.Printf("%*s|\n", -6, "neg")
	fmt.Printf("%[2]d %d %d\n", 1, 2, 3)
	fmt.Printf("%d %[1]d %d\n", 10, 20)
	fmt.Printf("%6.2f|%-6.1f|%[1]*.[2]*[3]f|\n", 3.14159, 2.0)
	for i := 1; i <= 3; i++ {
		fmt.Printf("%*s%s\n", i*2, "", "indent")
	}
}
