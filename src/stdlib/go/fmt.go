// Package fmt: formatted I/O. Formatting is native (src/stdlib/fmt.ts and
// src/stdlib/fmt/): each printing function first tries the fast native,
// which formats values that need no method calls, and falls back to the
// *Methods native, which calls String, Error, GoString and Format methods.
// Writing, reading for the scanners, the error values Errorf and the
// scanners return, and the State a Formatter sees are Go code here.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// pp is the State a Format method receives: the native printer sets the
// verb's width, precision and flags before each call and takes what the
// method wrote from buf afterwards (src/stdlib/fmt/methods.ts relies on the
// field order).
type pp struct {
	buf    []byte
	wid    int
	prec   int
	widOK  bool
	precOK bool
	flags  string
}

func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.widOK }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.precOK }

func (p *pp) Flag(b int) bool {
	for i := 0; i < len(p.flags); i++ {
		if int(p.flags[i]) == b {
			return true
		}
	}
	return false
}

// The fast natives report ok=false when some value has a method to call.
func sprint(a []any) (s string, ok bool)
func sprintln(a []any) (s string, ok bool)
func sprintf(format string, a []any) (s string, ok bool)
func errorf(format string, a []any) (s string, wrapped []int, ok bool)

// The natives that call methods; st is the State Format methods receive.
func sprintMethods(a []any, st State) string
func sprintlnMethods(a []any, st State) string
func sprintfMethods(format string, a []any, st State) string
func errorfMethods(format string, a []any, st State) (s string, wrapped []int)

func Sprint(a ...any) string {
	if s, ok := sprint(a); ok {
		return s
	}
	return sprintMethods(a, &pp{})
}

func Sprintln(a ...any) string {
	if s, ok := sprintln(a); ok {
		return s
	}
	return sprintlnMethods(a, &pp{})
}

func Sprintf(format string, a ...any) string {
	if s, ok := sprintf(format, a); ok {
		return s
	}
	return sprintfMethods(format, a, &pp{})
}

// write sends formatted text to w: files through WriteString, other writers
// through their Write method, as one call.
func write(w io.Writer, s string) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	s, ok := sprint(a)
	if !ok {
		s = sprintMethods(a, &pp{})
	}
	return write(w, s)
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	s, ok := sprintln(a)
	if !ok {
		s = sprintlnMethods(a, &pp{})
	}
	return write(w, s)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	s, ok := sprintf(format, a)
	if !ok {
		s = sprintfMethods(format, a, &pp{})
	}
	return write(w, s)
}

func Print(a ...any) (n int, err error) {
	s, ok := sprint(a)
	if !ok {
		s = sprintMethods(a, &pp{})
	}
	return os.Stdout.WriteString(s)
}

func Println(a ...any) (n int, err error) {
	s, ok := sprintln(a)
	if !ok {
		s = sprintlnMethods(a, &pp{})
	}
	return os.Stdout.WriteString(s)
}

func Printf(format string, a ...any) (n int, err error) {
	s, ok := sprintf(format, a)
	if !ok {
		s = sprintfMethods(format, a, &pp{})
	}
	return os.Stdout.WriteString(s)
}

func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

// wrapError is the error Errorf returns for a format with a %w verb.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// wrapErrors is the error Errorf returns for a format with several %w verbs (Go 1.20).
type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats according to a format specifier and returns the string as
// an error. With a %w verb whose operand is an error, the returned error
// has an Unwrap method returning that operand; with several (Go 1.20), an
// Unwrap method returning them all, in argument order.
func Errorf(format string, a ...any) error {
	s, wrapped, ok := errorf(format, a)
	if !ok {
		s, wrapped = errorfMethods(format, a, &pp{})
	}
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		return &wrapError{s, a[wrapped[0]].(error)}
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		errs = append(errs, a[n].(error))
	}
	return &wrapErrors{s, errs}
}

// The scanners' modes, what follows their input, and how a scan ends
// (src/stdlib/fmt/scan.ts).
const (
	scanSpace  = iota // Scan: newlines count as space
	scanLine          // Scanln: stop at a newline
	scanFormat        // Scanf: follow a format
)

const (
	inputEnds   = iota // the input is all there is
	inputMore          // the reader may have more
	inputFailed        // the reader failed after the input
)

const (
	scanOK = iota
	scanEOF
	scanUnexpectedEOF
	scanText   // an error with this text
	scanRange  // a *strconv.NumError: value out of range
	scanSyntax // a *strconv.NumError: invalid syntax
	scanMore   // the input so far is not enough
	scanReadError
)

// scan scans input into a's operands; unread is how many bytes at the end
// of input it read and put back.
func scan(mode int, input string, end int, format string, a []any) (n int, kind int, text string, num string, unread int)

func scanResult(n int, kind int, text string, num string, readErr error) (int, error) {
	switch kind {
	case scanOK:
		return n, nil
	case scanEOF:
		return n, io.EOF
	case scanUnexpectedEOF:
		return n, io.ErrUnexpectedEOF
	case scanText:
		return n, errors.New(text)
	case scanRange:
		return n, &strconv.NumError{Func: text, Num: num, Err: strconv.ErrRange}
	case scanSyntax:
		return n, &strconv.NumError{Func: text, Num: num, Err: strconv.ErrSyntax}
	}
	return n, readErr
}

func sscan(mode int, str string, format string, a []any) (int, error) {
	n, kind, text, num, _ := scan(mode, str, inputEnds, format, a)
	return scanResult(n, kind, text, num, nil)
}

// fscan reads from r one rune at a time, only as far as the scan needs, and
// scans what it has read so far until that is enough. As in Go, a reader
// that is not an io.RuneScanner loses the rune the scan looked at last.
func fscan(r io.Reader, mode int, format string, a []any) (int, error) {
	rs, isRuneScanner := r.(io.RuneScanner)
	var input []byte
	var b [1]byte
	end := inputMore
	var readErr error
	for {
		n, kind, text, num, unread := scan(mode, string(input), end, format, a)
		if kind != scanMore {
			if unread > 0 && isRuneScanner {
				rs.UnreadRune()
			}
			return scanResult(n, kind, text, num, readErr)
		}
		var err error
		if isRuneScanner {
			var c rune
			c, _, err = rs.ReadRune()
			if err == nil {
				input = append(input, string(c)...)
			}
		} else {
			var k int
			k, err = r.Read(b[:])
			if k > 0 {
				input = append(input, b[0])
			}
		}
		if err != nil {
			end = inputEnds
			if err != io.EOF {
				end = inputFailed
				readErr = err
			}
		}
	}
}

func Sscan(str string, a ...any) (n int, err error) { return sscan(scanSpace, str, "", a) }

func Sscanln(str string, a ...any) (n int, err error) { return sscan(scanLine, str, "", a) }

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return sscan(scanFormat, str, format, a)
}

func Fscan(r io.Reader, a ...any) (n int, err error) { return fscan(r, scanSpace, "", a) }

func Fscanln(r io.Reader, a ...any) (n int, err error) { return fscan(r, scanLine, "", a) }

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return fscan(r, scanFormat, format, a)
}

// Scan, Scanln and Scanf read os.Stdin, blocking until input arrives.
func Scan(a ...any) (n int, err error) { return fscan(os.Stdin, scanSpace, "", a) }

func Scanln(a ...any) (n int, err error) { return fscan(os.Stdin, scanLine, "", a) }

func Scanf(format string, a ...any) (n int, err error) { return fscan(os.Stdin, scanFormat, format, a) }
