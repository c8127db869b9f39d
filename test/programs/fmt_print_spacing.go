// lesson: Print adds spaces only between operands when neither is a string; Println always adds them
package main

import (
	"fmt"
	"os"
)

type Str string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", 2, "\n")
	fmt.Print(Str("s"), 1, Str("t"), "\n")
	fmt.Print(nil, 1, []int{1}, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	s := fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Printf("%q\n", s)
	ln := fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", ln)
	n, err := fmt.Print("count me\n")
	fmt.Println(n, err)
	n, _ = fmt.Fprintln(os.Stdout, "to stdout", 42)
	fmt.Println(n)
	fmt.Fprint(os.Stdout, 1, 'a', "\n")
	fmt.Print(fmt.Sprint(), "|", fmt.Sprint(""), "|\n")
}
