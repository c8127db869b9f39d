// lesson: context: WithCancel, WithTimeout, WithDeadline, WithValue, and how cancellation flows to children
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func worker(ctx context.Context, name string, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("%s stopped after at least one step (%v): %v", name, i > 0, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	ctx, cancel := context.WithCancel(bg)
	child, childCancel := context.WithTimeout(ctx, time.Hour)
	defer childCancel()
	out := make(chan string)
	go worker(child, "child", out)
	time.Sleep(100 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	fmt.Println(ctx.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(bg, 75*time.Millisecond)
	defer tcancel()
	go worker(tctx, "timed", out)
	fmt.Println(<-out)
	fmt.Println(tctx.Err() == context.DeadlineExceeded)
	var dl interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &dl) && dl.Timeout())

	deadline := time.Now().Add(50 * time.Millisecond)
	dctx, dcancel := context.WithDeadline(bg, deadline)
	d, ok := dctx.Deadline()
	fmt.Println(d.Equal(deadline), ok)
	<-dctx.Done()
	fmt.Println(dctx.Err())
	dcancel()
	dcancel()

	vctx := context.WithValue(bg, ctxKey("user"), "gopher")
	vctx2 := context.WithValue(vctx, ctxKey("id"), 7)
	fmt.Println(vctx2.Value(ctxKey("user")), vctx2.Value(ctxKey("id")), vctx2.Value(ctxKey("none")), vctx2.Value("user"))
	_, has := bg.Deadline()
	fmt.Println(has, bg.Done() == nil, bg.Err())

	pctx, pcancel := context.WithTimeout(bg, 20*time.Millisecond)
	long, longCancel := context.WithTimeout(pctx, time.Hour)
	<-long.Done()
	fmt.Println("child of expired parent:", long.Err())
	longCancel()
	pcancel()
}
