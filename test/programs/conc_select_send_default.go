// lesson: select with send cases: a load balancer that never blocks on a full queue
package main

import (
	"fmt"
	"sync"
)

func main() {
	q1 := make(chan int, 2)
	q2 := make(chan int, 3)
	dropped := 0
	sent := map[string][]int{}
	for i := 0; i < 8; i++ {
		select {
		case q1 <- i:
			sent["q1"] = append(sent["q1"], i)
		default:
			select {
			case q2 <- i:
				sent["q2"] = append(sent["q2"], i)
			default:
				dropped++
			}
		}
	}
	fmt.Println(sent, "dropped:", dropped, len(q1), len(q2))
	close(q1)
	close(q2)
	var wg sync.WaitGroup
	sums := make([]int, 2)
	for i, q := range []chan int{q1, q2} {
		wg.Add(1)
		go func(i int, q <-chan int) {
			defer wg.Done()
			for v := range q {
				sums[i] += v
			}
		}(i, q)
	}
	wg.Wait()
	fmt.Println(sums)

	var nilCh chan int
	out := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case nilCh <- i:
			fmt.Println("impossible")
		case out <- i:
			fmt.Println("sent", i)
		case v := <-out:
			fmt.Println("took", v)
		}
	}
	ping, pong := make(chan string), make(chan string)
	go func() {
		for m := range ping {
			pong <- m + "!"
		}
		close(pong)
	}()
	for _, w := range []string{"a", "b"} {
		ping <- w
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)
}
