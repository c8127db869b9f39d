// Package runtime: the goroutine scheduler's public face (GOMAXPROCS,
// NumGoroutine, Gosched, Goexit...) and the error types of run-time panics.
// The scheduler itself is gosim's simulated runtime (src/runtime).
package runtime

// Error identifies a run-time error (index out of range, nil dereference...).
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

type boundsError string

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func Gosched()
func Goexit()
func GC()
func Version() string
func Stack(buf []byte, all bool) int
func KeepAlive(x any)   {}
func LockOSThread()     {}
func UnlockOSThread()   {}
func NumCgoCall() int64 { return 0 }
