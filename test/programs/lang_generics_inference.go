// lesson: type inference from arguments and from constraint core types like ~[]E
package main

import (
	"fmt"
	"strconv"
)

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func Clone[S ~[]E, E any](s S) S { return append(S(nil), s...) }

type Names []string

func (n Names) Joined() string {
	out := ""
	for _, s := range n {
		out += s
	}
	return out
}

func Convert[To, From any](xs []From, f func(From) To) []To {
	var out []To
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

type Number interface{ ~int | ~float64 }

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func main() {
	n := Names{"a", "b", "c"}
	c := Clone(n)
	c[0] = "z"
	fmt.Println(Last(n), c.Joined(), n.Joined())
	fmt.Printf("%T\n", c)
	strs := Convert[string](([]int{1, 2, 3}), strconv.Itoa)
	fmt.Printf("%q\n", strs)
	p := Ptr(42)
	q := Ptr("s")
	fmt.Println(*p, *q)
	fmt.Printf("%T %T\n", p, q)
	fmt.Println(Scale([]float64{1, 2.5}, 2), Scale([]int{1, 2}, 3))
}
