// lesson: container/heap as a priority queue of tasks: Push, Pop, Fix and Remove keep the smallest first
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority < pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println("after Init:", *h)
	heap.Push(h, 0)
	fmt.Println("after Push:", *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	tasks := map[string]int{"email": 3, "build": 1, "deploy": 2, "lint": 5, "test": 2}
	pq := PQ{}
	for _, name := range []string{"email", "build", "deploy", "lint", "test"} {
		heap.Push(&pq, &Task{name: name, priority: tasks[name]})
	}
	lint := pq[0]
	for _, t := range pq {
		if t.name == "lint" {
			lint = t
		}
	}
	lint.priority = 0
	heap.Fix(&pq, lint.index)
	removed := heap.Remove(&pq, pq[len(pq)-1].index).(*Task)
	fmt.Println("removed", removed.name)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Println(t.priority, t.name)
	}
}
