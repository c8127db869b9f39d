// lesson: constraints with methods: call methods on type parameters; pointer-method constraint trick
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func Largest[T Shape](shapes []T) T {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

type Setter[T any] interface {
	*T
	Set(string)
}

type Config struct{ val string }

func (c *Config) Set(s string) { c.val = strings.ToUpper(s) }

func Build[T any, PT Setter[T]](inputs []string) []T {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		PT(&out[i]).Set(in)
	}
	return out
}

func main() {
	fmt.Println(Largest([]Rect{{1, 2}, {3, 1}, {1, 1}}))
	fmt.Println(Largest([]Shape{Rect{2, 2}, Circle{1.5}}).Name())
	cfgs := Build[Config]([]string{"a", "bc"})
	fmt.Println(cfgs)
	fmt.Printf("%+v\n", cfgs[1])
}
