package main

func consume(in <-chan int) {
	in /* ERROR `cannot send to receive-only channel in \(variable of type <-chan int\)` */ <- 1
}

func main() { consume(nil) }
