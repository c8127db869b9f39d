package main

func seq(yield func(int) bool) {
	yield(1)
}

func pairs(yield func(string, int) bool) {}

func main() {
	for v := range seq /* ERROR `cannot range over seq \(value of type func\(yield func\(int\) bool\)\)` */ {
		_ = v
	}
	f := pairs
	for k, v := range f /* ERROR `cannot range over f \(variable of type func\(yield func\(string, int\) bool\)\)` */ {
		_, _ = k, v
	}
}
