// lesson: upgrading a read lock to a write lock in the same goroutine deadlocks: Lock waits for the reader, which is itself
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func (s *Store) IncrementIfPresent(k string) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if _, ok := s.data[k]; ok {
		s.mu.Lock()
		s.data[k]++
		s.mu.Unlock()
	}
}

func main() {
	s := &Store{data: map[string]int{"a": 1}}
	fmt.Println(s.Get("a"))
	done := make(chan bool)
	go func() {
		s.IncrementIfPresent("a")
		done <- true
	}()
	<-done
}
