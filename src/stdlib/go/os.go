// Package os: the parts of the operating system a simulated program may touch:
// its arguments, its exit, and its standard streams.
package os

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string

func Exit(code int)

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Name() string { return f.name }
func Getenv(key string) string { return "" }
