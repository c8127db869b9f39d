// lesson: generators: a goroutine produces values on demand over an unbuffered channel until told to stop
package main

import "fmt"

func fib(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for {
			select {
			case ch <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return ch
}

func take(done <-chan struct{}, in <-chan int, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				out <- v
			case <-done:
				return
			}
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)
	for v := range filter(take(done, fib(done), 20), func(n int) bool { return n%2 == 0 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	next := fib(done)
	fmt.Println(<-next, <-next, <-next, <-next, <-next)
}
