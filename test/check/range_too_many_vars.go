package main

func main() {
	ch := make(chan int)
	for i, v /* ERROR `range over ch \(variable of type chan int\) permits only one iteration variable` */ := range ch {
		_, _ = i, v
	}
}
