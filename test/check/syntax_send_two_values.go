package main

func main() {
	ch := make(chan int)
	ch <- 1, /* ERROR "syntax error: unexpected comma at end of statement" */ 2
}
