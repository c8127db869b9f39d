// Package io: the basic I/O interfaces.
package io

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

var EOF error = &errorString{"EOF"}
var ErrUnexpectedEOF error = &errorString{"unexpected EOF"}

// ErrShortWrite means that a write accepted fewer bytes than requested but
// failed to return an explicit error.
var ErrShortWrite error = &errorString{"short write"}

// ErrNoProgress is returned by some clients of a Reader when many calls to
// Read have failed to return any data or error, usually the sign of a broken
// Reader implementation.
var ErrNoProgress error = &errorString{"multiple Read calls return no data or error"}
