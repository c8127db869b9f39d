// Package os: the parts of the operating system a simulated program may touch:
// its arguments, its exit, its environment (empty), and its standard streams.
// Files other than stdin, stdout and stderr do not exist in the simulation.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code; deferred functions are not run.
func Exit(code int)

// The errors of file operations (the simulation has no file system).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

func write(fd int, b []byte) int
func read(fd int, b []byte) (n int, eof bool)

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	return write(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, eof := read(f.fd, b)
	if eof {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Close() error   { return nil }
func (f *File) Sync() error    { return nil }
func (f *File) Name() string   { return f.name }
func (f *File) Fd() uintptr    { return uintptr(f.fd) }

// Getenv returns "" for every key: the simulated process has an empty environment.
func Getenv(key string) string { return "" }

func LookupEnv(key string) (string, bool) { return "", false }

func Environ() []string { return nil }

func Hostname() (name string, err error) { return "gosim", nil }

func Getpid() int { return 1 }

// Open opens the named file: in the simulation no file exists.
func Open(name string) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: syscall.ENOENT}
}

func Create(name string) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: syscall.EACCES}
}

func ReadFile(name string) ([]byte, error) {
	return nil, &PathError{Op: "open", Path: name, Err: syscall.ENOENT}
}

func WriteFile(name string, data []byte, perm uint32) error {
	return &PathError{Op: "open", Path: name, Err: syscall.EACCES}
}

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return errors.Is(err, ErrNotExist) }

func IsExist(err error) bool { return errors.Is(err, ErrExist) }
