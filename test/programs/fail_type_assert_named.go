// lesson: assertion failures between named types print package-qualified type names
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var t interface{} = Celsius(21.5)
	fmt.Println("holding", t)
	f := t.(Fahrenheit)
	fmt.Println(f)
}
