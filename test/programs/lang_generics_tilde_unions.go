// lesson: constraints with ~ and unions accept named types whose underlying type is listed
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Meters int

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Scale[T Number](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

type Stringish interface {
	~string | ~[]byte
}

func Len[S Stringish](s S) int { return len(s) }

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum(Celsius(20.5), Celsius(1.5)))
	fmt.Printf("%v %T\n", Sum[Meters](3, 4), Sum[Meters](3, 4))
	fmt.Println(Scale([]int8{1, 2, 3}, 40))
	fmt.Println(Scale([]Celsius{1, 2}, 0.5))
	type Name string
	fmt.Println(Len("hello"), Len([]byte{1, 2}), Len(Name("gopher")))
}
