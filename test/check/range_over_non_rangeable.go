package main

type S struct{ items []int }

func main() {
	n := 5
	for range n /* ERROR `cannot range over n \(variable of type int\)` */ {
	}
	var s S
	for range s /* ERROR `cannot range over s \(variable of type S\)` */ {
	}
	var f func()
	for range f /* ERROR "cannot range over f" */ {
	}
}
