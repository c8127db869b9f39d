// lesson: errors.Is and errors.As walk a chain of %w-wrapped errors; custom Is and As methods
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempError struct{ code int }

func (t TempError) Error() string { return fmt.Sprintf("temporary (%d)", t.code) }
func (t TempError) Is(target error) bool {
	_, ok := target.(TempError)
	return ok
}

func find(q string) error {
	if q == "" {
		return &QueryError{q, ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", q, TempError{503})
}

func main() {
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query == "", "inner:", qe.Err)
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", err))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(errors.Unwrap(wrapped)) == err)
	err2 := find("x")
	fmt.Println(err2, errors.Is(err2, TempError{}), errors.Is(err2, ErrNotFound))
	var te TempError
	fmt.Println(errors.As(err2, &te), te.code)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	_, err3 := os.Open("/definitely/missing")
	fmt.Println(errors.Is(err3, fs.ErrNotExist), errors.Is(err3, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err3, &pe))
	noWrap := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(errors.Is(noWrap, ErrNotFound))
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(wrapped, &target))
}
