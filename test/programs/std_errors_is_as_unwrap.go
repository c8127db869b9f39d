// lesson: errors.Is walks the wrap chain comparing values; errors.As finds a target type; Unwrap peels one layer
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrQuota = errors.New("quota exceeded")

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

func main() {
	err := fmt.Errorf("upload: %w", &OpError{"write", ErrQuota})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrQuota), errors.Is(err, io.EOF))
	var op *OpError
	fmt.Println(errors.As(err, &op), op.Op)
	fmt.Println(errors.Unwrap(err) == error(op), errors.Unwrap(errors.Unwrap(err)) == ErrQuota)
	fmt.Println(errors.New("x") == errors.New("x"))
	c := fmt.Errorf("wrapped %w", codeErr(404))
	fmt.Println(errors.Is(c, codeErr(404)), errors.Is(c, codeErr(0)), errors.Is(c, codeErr(500)))
	_, ferr := os.Open("/definitely/not/here.txt")
	fmt.Println(ferr)
	fmt.Println(errors.Is(ferr, fs.ErrNotExist), errors.Is(ferr, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(ferr, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(errors.Is(nil, nil), errors.Unwrap(nil) == nil)
}
