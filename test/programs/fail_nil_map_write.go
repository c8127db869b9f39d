// lesson: writing to a nil map panics (reading from one is fine)
package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string) { r.items[k]++ }

func main() {
	var r Registry
	fmt.Println("lookup in nil map:", r.items["x"])
	r.Add("x")
}
