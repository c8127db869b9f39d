// lesson: a three-stage pipeline with close and range, and early cancellation via done
package main

import "fmt"

func generate(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func filterOdd(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%2 == 1 {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func cube(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	c := cube(done, filterOdd(done, generate(done, 100)))
	sum := 0
	for v := range c {
		fmt.Println(v)
		sum += v
		if sum > 1000 {
			break
		}
	}
	close(done)
	fmt.Println("sum", sum)
	for v := range c {
		_ = v
	}
	fmt.Println("drained")
}
