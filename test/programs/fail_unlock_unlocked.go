// lesson: unlocking an unlocked Mutex is a fatal error (not a recoverable panic)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() { fmt.Println("recover cannot catch it:", recover()) }()
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}
