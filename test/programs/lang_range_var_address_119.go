// lesson: Go 1.19 rules: a range variable of struct or array type is one variable, so &v is the same pointer every time
package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID   int
	Name string
}

func main() {
	tasks := []Task{{1, "fetch"}, {2, "parse"}, {3, "store"}}
	var ptrs []*Task
	for _, t := range tasks {
		ptrs = append(ptrs, &t)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	// The fix: take the address of the slice element instead.
	ptrs = ptrs[:0]
	for i := range tasks {
		ptrs = append(ptrs, &tasks[i])
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	var wg sync.WaitGroup
	results := make([]string, len(tasks))
	start := make(chan struct{})
	for i, t := range tasks {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = t.Name
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println(results)

	grid := [][2]int{{1, 2}, {3, 4}}
	var rows []*[2]int
	for _, row := range grid {
		row[0] *= 10
		rows = append(rows, &row)
	}
	fmt.Println(*rows[0], *rows[1], grid)

	byName := map[string]Task{"only": {9, "only"}}
	var mp []*Task
	for _, t := range byName {
		mp = append(mp, &t)
	}
	t := *mp[0]
	t.ID++
	fmt.Println(t, *mp[0])

	ch := make(chan Task, 2)
	ch <- Task{4, "a"}
	ch <- Task{5, "b"}
	close(ch)
	var fromCh []*Task
	for t := range ch {
		fromCh = append(fromCh, &t)
	}
	fmt.Println(*fromCh[0], fromCh[0] == fromCh[1])
}
