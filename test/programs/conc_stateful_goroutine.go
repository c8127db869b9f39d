// lesson: a goroutine owns the state; others read and write it by sending requests over channels
package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	stop := make(chan chan map[int]int)
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			case reply := <-stop:
				reply <- state
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				op := writeOp{key: i % 5, val: w + 1, resp: make(chan bool)}
				writes <- op
				<-op.resp
			}
		}(w)
	}
	wg.Wait()
	r := readOp{key: 3, resp: make(chan int)}
	reads <- r
	fmt.Println("key 3 =", <-r.resp)
	reply := make(chan map[int]int)
	stop <- reply
	fmt.Println(<-reply)
}
