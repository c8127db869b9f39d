// lesson: request/response with a reply channel inside each request (a channel of channels)
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		rep := make(chan int)
		reqs <- request{i, rep}
		fmt.Println(i, "->", <-rep)
	}
	close(reqs)
	results := make(chan chan string, 3)
	for _, w := range []string{"x", "y", "z"} {
		c := make(chan string, 1)
		results <- c
		go func(w string, c chan string) { c <- w + w }(w, c)
	}
	close(results)
	for c := range results {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
}
