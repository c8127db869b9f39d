// Package errors implements functions to manipulate errors. The type tests
// errors.As needs (is this error's dynamic type assignable to *target's
// type?) are native (src/stdlib/errors.ts); the chain walking is written here.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error { return &errorString{text} }

// ErrUnsupported indicates that a requested operation cannot be performed,
// because it is unsupported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// isComparable reports whether target's dynamic type supports ==.
func isComparable(target error) bool

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := isComparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if Is(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget returns the message As panics with for a bad target, or "".
func checkAsTarget(target any) string

// assignableToElem reports whether err's dynamic type is assignable to the
// type target points to.
func assignableToElem(err error, target any) bool

// setElem sets *target to err (its dynamic value, unless *target is an interface).
func setElem(target any, err error)

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true. Otherwise, it
// returns false.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if msg := checkAsTarget(target); msg != "" {
		panic(msg)
	}
	for err != nil {
		if assignableToElem(err, target) {
			setElem(target, err)
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if As(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Join returns an error that wraps the given errors. Any nil error values are
// discarded. Join returns nil if every value in errs is nil.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }
