// lesson: panic with a float64 prints it in the runtime's own float format, not fmt's
package main

import "fmt"

func main() {
	ratio := 2.5
	fmt.Println("ratio", ratio)
	panic(ratio * 3)
}
