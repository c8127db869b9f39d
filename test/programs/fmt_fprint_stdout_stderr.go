// lesson: Fprintln, Fprintf and Fprint write to os.Stdout and os.Stderr; counts of bytes written
package main

import (
	"fmt"
	"os"
)

type point struct{ x, y int }

func main() {
	n, err := fmt.Fprintln(os.Stdout, "to stdout", 42, true)
	fmt.Println(n, err)
	n, _ = fmt.Fprintf(os.Stdout, "%-6s|%6.2f|\n", "pad", 3.14159)
	fmt.Println(n)
	n, _ = fmt.Fprint(os.Stdout, "a", "b", 1, 2, "c\n")
	fmt.Println(n)
	fmt.Fprintln(os.Stderr, "warning:", point{1, 2})
	fmt.Fprintf(os.Stderr, "%v %+v\n", []int{1}, point{3, 4})
	w := os.Stdout
	fmt.Fprintln(w, "via variable")
	os.Stdout.WriteString("WriteString\n")
	os.Stdout.Write([]byte("Write\n"))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
}
