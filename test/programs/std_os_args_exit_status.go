// lesson: os.Args holds the program name plus arguments; with no arguments its length is 1
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	fmt.Println("len(os.Args) =", len(os.Args))
	fmt.Println("arguments after the name:", os.Args[1:], len(os.Args[1:]))
	fmt.Println("name is non-empty:", filepath.Base(os.Args[0]) != "")
	if len(os.Args) < 2 {
		fmt.Println("usage: prog NAME (no name given, using default)")
	}
}
