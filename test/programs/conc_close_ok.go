// lesson: after close, receives drain buffered values, then return the zero value with ok == false
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 10
	ch <- 20
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	done := make(chan struct{})
	close(done)
	<-done
	<-done
	fmt.Println("closed channel never blocks receivers")
	sc := make(chan string)
	go func() {
		sc <- "hello"
		close(sc)
	}()
	s, ok := <-sc
	fmt.Printf("%q %v\n", s, ok)
	s, ok = <-sc
	fmt.Printf("%q %v\n", s, ok)
	pc := make(chan *int)
	close(pc)
	p, ok := <-pc
	fmt.Println(p, ok)
}
