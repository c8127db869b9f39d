package main

func main() {
	var r <-chan int
	close(r /* ERROR "cannot close receive-only channel r" */ )
}
