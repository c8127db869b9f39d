package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	var x, y interface{} = 1, 1
	_ = Eq( /* ERROR `interface\{\} does not implement comparable` */ x, y)
}
