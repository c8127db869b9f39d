package main

func main() {
	ch := make(chan int, 1)
	ch <- "one" /* ERROR `cannot use "one" \(untyped string constant\) as int value in send` */
}
