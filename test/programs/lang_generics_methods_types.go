// lesson: generic types with methods: a stack, a pair, a linked list
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	var vals []U
	l.Each(func(v T) { vals = append(vals, f(v)) })
	for i := len(vals) - 1; i >= 0; i-- {
		out.PushFront(vals[i])
	}
	return out
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err)

	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(ps)
	fmt.Printf("%v %+v\n", ps[0], ps[1])

	l := &List[int]{}
	for i := 1; i <= 4; i++ {
		l.PushFront(i * i)
	}
	var parts []string
	Map(l, func(i int) string { return strings.Repeat("*", i%5) }).Each(func(s string) { parts = append(parts, s) })
	fmt.Println(strings.Join(parts, "|"), l.size)
	fmt.Printf("%T %T\n", s, ps[0])
}
