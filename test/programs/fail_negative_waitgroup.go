// lesson: calling Done more times than Add panics: sync: negative WaitGroup counter
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("one Done for one Add is fine")
	wg.Done()
}
