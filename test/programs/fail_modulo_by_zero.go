// lesson: % by zero panics with the same "integer divide by zero" message
package main

import "fmt"

func main() {
	var d int8
	for _, n := range []int8{7, 9} {
		fmt.Println(n % 4)
		fmt.Println(n % d)
	}
}
