// lesson: panic with a named string type (no String method) prints the type and a quoted value
package main

import "fmt"

type Reason string

func main() {
	fmt.Println("about to panic with a Reason")
	panic(Reason("disk \"full\""))
}
