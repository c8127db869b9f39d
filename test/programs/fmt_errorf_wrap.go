// lesson: fmt.Errorf with %w wraps an error (Unwrap/Is see it); %v only copies the text
package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrNotFound = errors.New("not found")

func main() {
	e1 := fmt.Errorf("loading config: %w", ErrNotFound)
	e2 := fmt.Errorf("loading config: %v", ErrNotFound)
	fmt.Println(e1, "|", e2)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e2, ErrNotFound))
	fmt.Printf("%T %T\n", e1, e2)
	e3 := fmt.Errorf("startup: %w", e1)
	fmt.Println(e3)
	fmt.Println(errors.Unwrap(e3) == e1, errors.Unwrap(errors.Unwrap(e3)) == ErrNotFound, errors.Unwrap(ErrNotFound))
	e4 := fmt.Errorf("bad verb %w", "not an error")
	fmt.Println(e4)
	e5 := fmt.Errorf("two: %w and %w", io.EOF, ErrNotFound)
	fmt.Println(e5, errors.Is(e5, io.EOF))
	e6 := fmt.Errorf("nil wrapped: %w", nil)
	fmt.Println(e6, errors.Unwrap(e6) == nil)
	fmt.Printf("%q %v\n", e1, fmt.Errorf("%d%%", 5))
}
