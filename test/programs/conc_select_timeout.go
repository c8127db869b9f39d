// lesson: select with time.After implements timeouts; the fast result wins, the slow one times out
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration, result string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- result
	}()
	return ch
}

func main() {
	select {
	case r := <-work(10*time.Millisecond, "fast result"):
		fmt.Println(r)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case r := <-work(time.Second, "slow result"):
		fmt.Println(r)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout 2: gave up waiting")
	}
	deadline := time.After(250 * time.Millisecond)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
	for {
		select {
		case <-tick.C:
			ticks++
			fmt.Println("tick", ticks)
			continue
		case <-deadline:
		}
		break
	}
	fmt.Println("ticks before deadline:", ticks)
}
