// lesson: fan-out to squarers, fan-in with a generic Merge
package main

import (
	"fmt"
	"sort"
	"sync"
)

func Gen[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T)
	output := func(c <-chan T) {
		for v := range c {
			out <- v
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](c <-chan N) N {
	var s N
	for v := range c {
		s += v
	}
	return s
}

func main() {
	in := Gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	sq := func(n int) int { return n * n }
	c1 := Map(in, sq)
	c2 := Map(in, sq)
	c3 := Map(in, sq)
	var got []int
	for v := range Merge(c1, c2, c3) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
	fmt.Println("sum:", Sum(Gen(1.5, 2.25, 3.0)))
	labels := Map(Gen("a", "bb", "ccc"), func(s string) int { return len(s) })
	fmt.Println("lengths:", Sum(labels))
	fmt.Printf("%T %T\n", Gen[string], Merge[int])
}
