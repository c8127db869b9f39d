// lesson: a Mutex and a WaitGroup are plain structs: printing or copying one shows or copies its state
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	mu      sync.Mutex
	pending sync.WaitGroup
	Name    string
}

func main() {
	var j Job
	j.Name = "build"
	fmt.Printf("%+v\n", j)
	j.pending.Add(2)
	j.mu.Lock()
	fmt.Printf("%+v\n", j)
	snapshot := j
	j.pending.Done()
	j.mu.Unlock()
	fmt.Printf("%v\n%v\n", j, snapshot)
	fmt.Println("copy still locked:", !snapshot.mu.TryLock())
	snapshot.pending.Done()
	snapshot.pending.Done()
	fmt.Printf("%v\n", snapshot.pending)
	j.pending.Done()
	j.pending.Wait()
	fmt.Printf("%v\n", &j)
}
