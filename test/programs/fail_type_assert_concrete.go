// lesson: a failed single-value type assertion to a concrete type panics naming both types
package main

import "fmt"

func main() {
	var v interface{} = "forty-two"
	if n, ok := v.(int); !ok {
		fmt.Println("comma-ok form is safe:", n, ok)
	}
	n := v.(int)
	fmt.Println(n)
}
