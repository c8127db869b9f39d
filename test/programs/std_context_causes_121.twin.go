// lesson: Go 1.19 twin of std_context_causes_121: causes, a detached context and AfterFunc built by hand
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var errSlowDB = errors.New("database too slow")

// caused pairs a context with the reason it ended, as Go 1.20's Cause reports it.
type caused struct {
	context.Context
	mu    sync.Mutex
	cause error
}

func (c *caused) setCause(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause == nil {
		c.cause = err
	}
}

func (c *caused) Cause() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause == nil {
		return c.Err()
	}
	return c.cause
}

// withTimeoutCause: on expiry the cause is the given error; cancelled by hand, context.Canceled.
func withTimeoutCause(d time.Duration, cause error) (*caused, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	c := &caused{Context: ctx}
	go func() {
		<-ctx.Done()
		if ctx.Err() == context.DeadlineExceeded {
			c.setCause(cause)
		} else {
			c.setCause(context.Canceled)
		}
	}()
	return c, func() { c.setCause(context.Canceled); cancel() }
}

// detached keeps the values of a context but never ends.
type detached struct{ parent context.Context }

func (detached) Deadline() (time.Time, bool)   { return time.Time{}, false }
func (detached) Done() <-chan struct{}         { return nil }
func (detached) Err() error                    { return nil }
func (d detached) Value(key any) any           { return d.parent.Value(key) }

// afterFunc runs f once ctx is done unless stop is called first.
func afterFunc(ctx context.Context, f func()) (stop func() bool) {
	var mu sync.Mutex
	state := 0 // 0 waiting, 1 ran, 2 stopped
	go func() {
		<-ctx.Done()
		mu.Lock()
		if state != 0 {
			mu.Unlock()
			return
		}
		state = 1
		mu.Unlock()
		f()
	}()
	return func() bool {
		mu.Lock()
		defer mu.Unlock()
		if state != 0 {
			return false
		}
		state = 2
		return true
	}
}

func main() {
	ctx, cancel := withTimeoutCause(50*time.Millisecond, errSlowDB)
	<-ctx.Done()
	time.Sleep(time.Millisecond)
	fmt.Println(ctx.Err(), "| cause:", ctx.Cause())
	cancel()

	pctx, cancelP := context.WithCancel(context.Background())
	parent := &caused{Context: pctx}
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	det := detached{context.WithValue(parent, "req", 7)}
	stopped := make(chan string, 1)
	stop := afterFunc(child, func() { stopped <- "child cleanup ran" })
	parent.setCause(errors.New("shutting down"))
	cancelP()
	fmt.Println(<-stopped, "| stop after it ran:", stop())
	fmt.Println("child:", child.Err(), "| cause:", parent.Cause())
	fmt.Println("detached:", det.Err(), det.Value("req"), det.Done() == nil)

	dl, cancelDL := withTimeoutCause(time.Hour, errSlowDB)
	stop2 := afterFunc(dl, func() { fmt.Println("never printed") })
	fmt.Println("stopped before cancel:", stop2())
	cancelDL()
	time.Sleep(time.Millisecond)
	fmt.Println(dl.Err(), "| cause:", dl.Cause())
	fmt.Println(nil)
}
