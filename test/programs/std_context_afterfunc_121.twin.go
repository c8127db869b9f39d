// lesson: Go 1.19 twin of std_context_afterfunc_121: a goroutine waiting on Done, and a value-only context
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type key string

// afterFunc runs f in its own goroutine after ctx is done unless stop is called first.
func afterFunc(ctx context.Context, f func()) (stop func() bool) {
	var mu sync.Mutex
	started, stopped := false, false
	go func() {
		<-ctx.Done()
		mu.Lock()
		if stopped {
			mu.Unlock()
			return
		}
		started = true
		mu.Unlock()
		f()
	}()
	return func() bool {
		mu.Lock()
		defer mu.Unlock()
		if started || stopped {
			return false
		}
		stopped = true
		return true
	}
}

// detached keeps the values of its parent but is never cancelled.
type detached struct{ parent context.Context }

func (d detached) Deadline() (time.Time, bool)     { return time.Time{}, false }
func (d detached) Done() <-chan struct{}           { return nil }
func (d detached) Err() error                      { return nil }
func (d detached) Value(k interface{}) interface{} { return d.parent.Value(k) }

func main() {
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), key("id"), 7))
	ran := make(chan string, 1)
	stop := afterFunc(ctx, func() { ran <- "cleanup ran" })
	stop2 := afterFunc(ctx, func() { fmt.Println("never printed") })
	fmt.Println("stopped second:", stop2())
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stop())
	var d context.Context = detached{ctx}
	fmt.Println(ctx.Err(), d.Err(), d.Value(key("id")))
	_, has := d.Deadline()
	fmt.Println("detached has deadline:", has, "done channel nil:", d.Done() == nil)
}
