// lesson: Fprintln to os.Stderr goes to a separate stream; stdout and stderr are captured apart
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "warning: something odd")
	fmt.Println("more stdout")
	fmt.Fprintf(os.Stderr, "error %d: %s\n", 7, "bad thing")
	n, err := fmt.Fprint(os.Stderr, "no newline then newline", "\n")
	fmt.Println("wrote", n, "bytes to stderr, err =", err)
	println("builtin println goes to stderr too:", 42, true)
	print("builtin print\n")
}
