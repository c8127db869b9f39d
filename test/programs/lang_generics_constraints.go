// lesson: constraints: unions with ~ accept named types whose underlying type is listed
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

type Celsius float64
type ID int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Integer | Float | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25))
	fmt.Println(Sum(Celsius(20.5), Celsius(1)))
	fmt.Printf("%v %T\n", Sum[ID](100, 27, 1), Sum[ID](1))
	fmt.Println(Max("apple", "banana"), Max(3, -3), Max[float32](1.5, 2))
	fmt.Println(Longest([]Name{"al", "bobby", "cy"}))
	var i8 int8 = 127
	fmt.Println("wraps in generic code too:", Sum(i8, 1))
}
