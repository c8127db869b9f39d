// lesson: panic(fmt.Errorf(...)) prints the wrapped message; the trace shows the panicking function
package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

func fetch(url string) {
	panic(fmt.Errorf("fetch %s: %w", url, ErrTimeout))
}

func main() {
	fetch("example.invalid/data")
}
