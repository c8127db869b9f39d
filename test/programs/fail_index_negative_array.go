// lesson: a negative run-time index into an array panics: index out of range [-1]
package main

import "fmt"

func main() {
	var arr [4]string
	i := 0
	for _, w := range []string{"a", "b"} {
		arr[i] = w
		i++
	}
	i -= 3
	fmt.Println("i =", i)
	fmt.Println(arr[i])
}
