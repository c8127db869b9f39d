// lesson: Go 1.20 errors.Join combines errors: newline-separated text, Is matches any member
// gosim-flags: --go-version 1.20
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("first problem")
	ErrB = errors.New("second problem")
	ErrC = errors.New("unrelated")
)

func validate(n int) error {
	var errs []error
	if n < 0 {
		errs = append(errs, ErrA)
	}
	if n%2 != 0 {
		errs = append(errs, ErrB)
	}
	return errors.Join(errs...)
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
	fmt.Println(errors.Join(nil, nil) == nil)
	w := fmt.Errorf("context: %w", errors.Join(ErrA, ErrC))
	fmt.Printf("%q %v\n", w.Error(), errors.Is(w, ErrC))
}
