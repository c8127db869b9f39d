// lesson: a deferred function may re-panic; the new value replaces the old one for outer recovers
package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("first")
}

func middle() {
	defer fmt.Println("middle's defer still runs")
	inner()
	fmt.Println("not reached")
}

func multi() (out []string) {
	defer func() { out = append(out, fmt.Sprint("final recover: ", recover())) }()
	defer func() { panic("third") }()
	defer func() { out = append(out, "defer during panic runs") }()
	panic("second")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
		fmt.Println(multi())
	}()
	middle()
}
