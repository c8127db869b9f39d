// lesson: channel patterns from "Concurrency in Go": or-done, tee and bridge, stopped cleanly with a done channel
package main

import "fmt"

func generator(done <-chan struct{}, vals ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, v := range vals {
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func tee(done <-chan struct{}, in <-chan int) (<-chan int, <-chan int) {
	out1, out2 := make(chan int), make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			a, b := out1, out2
			for i := 0; i < 2; i++ {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				}
			}
		}
	}()
	return out1, out2
}

func bridge(done <-chan struct{}, chans <-chan <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			var stream <-chan int
			select {
			case s, ok := <-chans:
				if !ok {
					return
				}
				stream = s
			case <-done:
				return
			}
			for v := range orDone(done, stream) {
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	a, b := tee(done, generator(done, 1, 2, 3, 4))
	for v := range a {
		fmt.Println("tee", v, <-b)
	}

	chans := make(chan (<-chan int))
	go func() {
		defer close(chans)
		for i := 0; i < 3; i++ {
			chans <- generator(done, i*10, i*10+1)
		}
	}()
	for v := range bridge(done, chans) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	inf := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case inf <- i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range orDone(done, inf) {
		sum += v
		if v == 10 {
			close(done)
			break
		}
	}
	fmt.Println("sum before done:", sum)
}
