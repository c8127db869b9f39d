// lesson: Go 1.19 twin of std_errors_multi_wrap_120: an error wrapping several errors, searched by hand
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

var ErrTimeout = errors.New("timeout")
var ErrAuth = errors.New("unauthorized")

type HostError struct{ Host string }

func (e *HostError) Error() string { return "host " + e.Host }

// multi wraps several errors: its Error is the given text.
type multi struct {
	msg  string
	errs []error
}

func (m *multi) Error() string { return m.msg }

// join: the non-nil errors' texts, one per line (nil if none).
func join(errs ...error) error {
	var kept []error
	var texts []string
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
			texts = append(texts, e.Error())
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &multi{strings.Join(texts, "\n"), kept}
}

// is searches the tree depth first, as Go 1.20's errors.Is does.
func is(err, target error) bool {
	for err != nil {
		if err == target {
			return true
		}
		if m, ok := err.(*multi); ok {
			for _, e := range m.errs {
				if is(e, target) {
					return true
				}
			}
			return false
		}
		err = errors.Unwrap(err)
	}
	return false
}

func asHost(err error) (*HostError, bool) {
	for err != nil {
		if h, ok := err.(*HostError); ok {
			return h, true
		}
		if m, ok := err.(*multi); ok {
			for _, e := range m.errs {
				if h, ok := asHost(e); ok {
					return h, true
				}
			}
			return nil, false
		}
		err = errors.Unwrap(err)
	}
	return nil, false
}

func main() {
	err := &multi{fmt.Sprintf("fetch failed: %v and %v", ErrTimeout, &HostError{"db1"}), []error{ErrTimeout, &HostError{"db1"}}}
	fmt.Println(err)
	fmt.Println(is(err, ErrTimeout), is(err, ErrAuth))
	he, ok := asHost(err)
	fmt.Println(ok, he.Host)
	fmt.Println(errors.Unwrap(err) == nil)
	fmt.Println(len(err.errs), err.errs[0])

	joined := join(ErrAuth, nil, fs.ErrPermission)
	fmt.Printf("%q\n", joined.Error())
	outer := &multi{"request: " + joined.Error(), []error{joined}}
	fmt.Println(is(outer, fs.ErrPermission), is(outer, ErrTimeout))
	fmt.Println(join() == nil, join(nil, nil) == nil)
	mixed := &multi{fmt.Sprintf("%v; %v; %v", ErrAuth, "plain", err), []error{ErrAuth, err}}
	fmt.Println(mixed, is(mixed, ErrTimeout))
}
