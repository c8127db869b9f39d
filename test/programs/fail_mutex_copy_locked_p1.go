// lesson: copying a struct copies its mutex in whatever state it is: a copy of a locked mutex is locked
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) Snapshot() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	var c Counter
	c.n = 5
	fmt.Println(c.Snapshot())
	c.mu.Lock()
	d := c
	c.mu.Unlock()
	d.mu.Unlock()
	fmt.Println("unlocked the copy:", d.n)
	fmt.Println(d.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
	c.mu.Lock()
	done := make(chan int)
	go func() { done <- c.Snapshot() }()
	fmt.Println(<-done)
}
