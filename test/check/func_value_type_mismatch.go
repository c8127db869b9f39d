package main

func main() {
	var handler func(int) string
	handler = func /* ERROR `cannot use func\(s string\) string \{…\} .* as type func\(int\) string in assignment` */ (s string) string { return s }
	_ = handler
}
