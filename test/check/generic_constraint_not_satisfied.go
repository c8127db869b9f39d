package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = Sum[string /* ERROR `string does not implement Number \(string missing in ~int \| ~float64\)` */ ]("a")
	_ = Sum( /* ERROR "string does not implement Number" */ "a", "b")
}
