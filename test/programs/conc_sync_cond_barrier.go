// lesson: a reusable barrier built on sync.Cond: every goroutine waits until all have arrived, round after round
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Barrier struct {
	mu     sync.Mutex
	cond   *sync.Cond
	n      int
	count  int
	round  int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	round := b.round
	b.count++
	if b.count == b.n {
		b.count = 0
		b.round++
		b.cond.Broadcast()
		return round
	}
	for round == b.round {
		b.cond.Wait()
	}
	return round
}

func main() {
	const workers = 4
	b := NewBarrier(workers)
	var mu sync.Mutex
	log := map[int][]int{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for phase := 0; phase < 3; phase++ {
				mu.Lock()
				log[phase] = append(log[phase], w)
				mu.Unlock()
				r := b.Wait()
				if r != phase {
					fmt.Println("out of step!")
				}
			}
		}(w)
	}
	wg.Wait()
	for phase := 0; phase < 3; phase++ {
		sort.Ints(log[phase])
		fmt.Println("phase", phase, "reached by", log[phase])
	}
	fmt.Println("rounds completed:", b.round)
}
