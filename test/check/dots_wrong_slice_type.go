package main

func join(parts ...string) {}

func main() {
	words := []interface{}{"a"}
	join(words /* ERROR `cannot use words \(variable of type \[\]interface\{\}\) as type \[\]string in argument to join` */ ...)
}
