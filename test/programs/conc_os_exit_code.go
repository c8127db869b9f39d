// lesson: os.Exit(3) ends the program immediately with status 3; deferred calls do not run
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("about to exit with status 3")
	fmt.Fprintln(os.Stderr, "fatal: configuration missing")
	os.Exit(3)
}
