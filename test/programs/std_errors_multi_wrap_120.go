// lesson: Go 1.20 errors: fmt.Errorf with several %w, errors.Join, and Is/As searching the whole tree
// gosim-flags: --go-version 1.20
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrTimeout = errors.New("timeout")
var ErrAuth = errors.New("unauthorized")

type HostError struct{ Host string }

func (e *HostError) Error() string { return "host " + e.Host }

func main() {
	err := fmt.Errorf("fetch failed: %w and %w", ErrTimeout, &HostError{"db1"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout), errors.Is(err, ErrAuth))
	var he *HostError
	fmt.Println(errors.As(err, &he), he.Host)
	fmt.Println(errors.Unwrap(err) == nil)
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0])
	}

	joined := errors.Join(ErrAuth, nil, fs.ErrPermission)
	fmt.Printf("%q\n", joined.Error())
	outer := fmt.Errorf("request: %w", joined)
	fmt.Println(errors.Is(outer, fs.ErrPermission), errors.Is(outer, ErrTimeout))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	mixed := fmt.Errorf("%w; %v; %w", ErrAuth, "plain", err)
	fmt.Println(mixed, errors.Is(mixed, ErrTimeout))
}
