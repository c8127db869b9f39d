// lesson: runtime.Caller and FuncForPC name the running function; debug.SetGCPercent and SetMaxStack report the old setting
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	if !ok {
		return "unknown"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), filepath.Base(file), line)
}

type Service struct{}

func (s *Service) Start() string { return where() }

func trace(msg string) {
	pc, _, line, _ := runtime.Caller(1)
	fn := runtime.FuncForPC(pc)
	name := fn.Name()
	fmt.Println(msg, "from", name[strings.LastIndex(name, ".")+1:], "line", line)
}

func main() {
	fmt.Println(where())
	fmt.Println((&Service{}).Start())
	func() {
		fmt.Println(where())
	}()
	trace("hello")
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("beyond the stack:", ok)
	fmt.Println(runtime.FuncForPC(0) == nil)

	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println(debug.SetMaxThreads(100), debug.SetMaxThreads(10000))
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.HeapAlloc > 0, m.Sys >= m.HeapSys, m.NumGC >= 0)
	s := string(debug.Stack())
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:"), strings.Contains(s, "main.main()"))
}
