// lesson: a pipeline of stages connected by channels; order is preserved through single goroutines
package main

import (
	"fmt"
	"strings"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

func exclaim(in <-chan string, n int) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for w := range in {
			out <- w + strings.Repeat("!", n)
		}
	}()
	return out
}

func main() {
	for s := range exclaim(upper(generate("go", "channels", "pipelines")), 2) {
		fmt.Println(s)
	}
	count := 0
	for range upper(generate("a", "b", "c", "d")) {
		count++
	}
	fmt.Println("count", count)
}
