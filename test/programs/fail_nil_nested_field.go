// lesson: a map lookup that finds nothing gives a nil pointer: writing a field of a struct inside it faults at that field's offset
package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Origin Point
	Pts    [4]int
	Next   *Shape
}

func (s *Shape) Area() int { return s.Origin.Y * 2 }

func get(m map[string]*Shape, k string) *Shape { return m[k] }

func main() {
	m := map[string]*Shape{}
	s := get(m, "missing")
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, recover() != nil) }()
		f()
	}
	try("name", func() { _ = s.Name })
	try("area", func() { _ = s.Area() })
	try("origin", func() { _ = s.Origin })
	s.Origin.Y = 3
}
