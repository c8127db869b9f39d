// lesson: %T names types (incl. unnamed ones), %t prints bools, %% a literal percent sign
package main

import "fmt"

type Celsius float64
type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	values := []interface{}{1, int8(1), uint(1), 1.5, float32(1.5), 2i, "s", 'r', byte('b'), true,
		nil, []int{}, [2]string{}, map[string][]bool{}, struct{ A int }{}, &struct{}{},
		func(int) string { return "" }, make(chan<- int), make(<-chan error), Celsius(3),
		Pair[string, int]{}, []interface{}{}, new(error)}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%t %t %v %5t|%-6t|\n", true, false, true, false, true)
	fmt.Printf("100%% sure, %d%% done, %%d literal\n", 50)
	fmt.Printf("%-10T|%10T|\n", 1, "x")
}
