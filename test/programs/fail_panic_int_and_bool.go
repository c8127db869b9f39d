// lesson: panic with a plain int; main's defer runs before the crash report is printed
package main

import "fmt"

func main() {
	defer fmt.Println("deferred call runs before the crash report")
	panic(42)
}
