// lesson: calling a nil function value panics with a nil pointer dereference
package main

import "fmt"

var handlers = map[string]func() string{
	"hello": func() string { return "hi!" },
}

func main() {
	fmt.Println(handlers["hello"]())
	fmt.Println(handlers["missing"]())
}
