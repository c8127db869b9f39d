// lesson: a nil channel blocks forever, so setting a select case's channel to nil disables it
package main

import (
	"fmt"
	"sort"
)

func merge(a, b <-chan int) []int {
	var out []int
	closed := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			out = append(out, v)
		}
	}
	fmt.Println("both inputs closed:", closed == 2)
	return out
}

func produce(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	res := merge(produce(1, 2, 3), produce(100, 200))
	sort.Ints(res)
	fmt.Println(res)
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel cases are never ready")
	}
}
