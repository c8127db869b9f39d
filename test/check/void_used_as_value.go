package main

func log(msg string) {}

func main() {
	x := log /* ERROR `log\("a"\) \(no value\) used as value` */ ("a")
	_ = x
}
