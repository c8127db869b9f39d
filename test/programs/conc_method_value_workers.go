// lesson: goroutines started from method values, and a channel of functions as a work queue
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Logger struct {
	mu    sync.Mutex
	lines []string
	name  string
}

func (l *Logger) Log(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, l.name+": "+fmt.Sprintf(format, args...))
}

type Server struct {
	log   *Logger
	tasks chan func() string
	wg    sync.WaitGroup
}

func (s *Server) run(id int) {
	defer s.wg.Done()
	for t := range s.tasks {
		s.log.Log("worker %d ran %s", id, t())
	}
}

func main() {
	s := &Server{log: &Logger{name: "srv"}, tasks: make(chan func() string)}
	s.wg.Add(1)
	go s.run(1)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		w := w
		s.tasks <- func() string { return strings.ToUpper(w) }
	}
	close(s.tasks)
	s.wg.Wait()
	fmt.Println(strings.Join(s.log.lines, "\n"))
	logf := s.log.Log
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		logf("%d%% done, %v", 100, []int{1, 2})
	}()
	wg.Wait()
	fmt.Println(s.log.lines[len(s.log.lines)-1])
	fmt.Printf("%T\n", logf)
}
