package main

func produce(out chan<- int) {
	v := <-out /* ERROR `cannot receive from send-only channel out \(variable of type chan<- int\)` */
	_ = v
}

func main() { produce(nil) }
