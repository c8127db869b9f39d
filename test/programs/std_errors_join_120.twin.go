// lesson: Go 1.19 twin of std_errors_join_120: a hand-written joined error with Is over its members
package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrA = errors.New("first problem")
	ErrB = errors.New("second problem")
	ErrC = errors.New("unrelated")
)

type joinError struct{ errs []error }

func (j *joinError) Error() string {
	parts := make([]string, len(j.errs))
	for i, e := range j.errs {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

func (j *joinError) Is(target error) bool {
	for _, e := range j.errs {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

func join(errs ...error) error {
	var kept []error
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &joinError{kept}
}

func validate(n int) error {
	var errs []error
	if n < 0 {
		errs = append(errs, ErrA)
	}
	if n%2 != 0 {
		errs = append(errs, ErrB)
	}
	return join(errs...)
}

func main() {
	for _, n := range []int{4, 3, -3} {
		err := validate(n)
		fmt.Printf("n=%d err==nil:%v\n", n, err == nil)
		if err != nil {
			fmt.Println(err)
			fmt.Println("is A:", errors.Is(err, ErrA), "is B:", errors.Is(err, ErrB), "is C:", errors.Is(err, ErrC))
		}
	}
	fmt.Println(join(nil, nil) == nil)
	w := fmt.Errorf("context: %w", join(ErrA, ErrC))
	fmt.Printf("%q %v\n", w.Error(), errors.Is(w, ErrC))
}
