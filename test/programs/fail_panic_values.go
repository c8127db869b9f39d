// lesson: panic with a named int type prints the type and value: panic: main.Code(404)
package main

import "fmt"

type Code int

func main() {
	fmt.Println("panicking with a named integer")
	panic(Code(404))
}
