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
// Caller reports file and line number information about function invocations
// on the calling goroutine's stack. The argument skip is the number of stack
// frames to ascend, with 0 identifying the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// A Func describes a function of the running program.
type Func struct {
	name  string
	file  string
	line  int
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given
// program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, file, line, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name, file, line, entry}
}

func funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool)

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, _ = funcInfo(pc)
	return
}

// A MemStats records statistics about the memory allocator. gosim does not
// model the heap: the figures come from a simple model (the goroutines' stacks
// and a fixed base), good for watching goroutines come and go, not for
// comparing with a real Go program's numbers.
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                          uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects       uint64
	StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys       uint64
	BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs               uint64
	PauseNs                                                                  [256]uint64
	PauseEnd                                                                 [256]uint64
	NumGC, NumForcedGC                                                       uint32
	GCCPUFraction                                                            float64
	EnableGC, DebugGC                                                        bool
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	goroutines, gcs := memInfo()
	stack := uint64(goroutines) * 8192
	*m = MemStats{}
	m.HeapAlloc = 180000
	m.Alloc = m.HeapAlloc
	m.TotalAlloc = m.HeapAlloc
	m.HeapSys = 3866624
	m.HeapInuse = 401408
	m.HeapIdle = m.HeapSys - m.HeapInuse
	m.HeapObjects = 600
	m.Mallocs = 700
	m.Frees = 100
	m.StackInuse = 393216 + stack
	m.StackSys = m.StackInuse
	m.Sys = 6000000 + m.StackSys
	m.NextGC = 4194304
	m.NumGC = uint32(gcs)
	m.EnableGC = true
}

func memInfo() (goroutines int, gcs int)

func SetFinalizer(obj any, finalizer any) {}

func KeepAlive(x any)   {}
func LockOSThread()     {}
func UnlockOSThread()   {}
func NumCgoCall() int64 { return 0 }
