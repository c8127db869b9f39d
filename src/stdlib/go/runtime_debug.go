// Package debug: facilities for programs to debug themselves while running —
// stack dumps, and the runtime's limits (stack size, GC percentage, threads).
// gosim has no garbage collector to tune: the GC settings are remembered and
// reported back, nothing more. SetMaxStack sets the limit the stack-overflow
// report names.
package debug

import (
	"os"
	"runtime"
)

var (
	gcPercent   = 100
	maxThreads  = 10000
	memoryLimit = int64(1<<63 - 1)
	panicFault  = false
)

// SetMaxStack sets the maximum amount of memory that can be used by a single
// goroutine stack and returns the previous setting.
func SetMaxStack(bytes int) int

// SetGCPercent sets the garbage collection target percentage and returns the previous setting.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

// SetMaxThreads sets the maximum number of operating system threads that the
// Go program can use and returns the previous setting.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetMemoryLimit provides the runtime with a soft memory limit and returns the
// previous limit; a negative input only reports it.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// SetPanicOnFault controls the runtime's behavior when a program faults at an
// unexpected address, and returns the previous setting.
func SetPanicOnFault(enabled bool) bool {
	old := panicFault
	panicFault = enabled
	return old
}

// FreeOSMemory forces a garbage collection and returns memory to the operating system.
func FreeOSMemory() {}

// SetTraceback sets the amount of detail printed by the runtime in tracebacks.
func SetTraceback(level string) {}

// Stack returns a formatted stack trace of the goroutine that calls it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}
