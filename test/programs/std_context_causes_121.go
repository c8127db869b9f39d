// lesson: Go 1.21 contexts: WithTimeoutCause and Cause explain why, WithoutCancel detaches, AfterFunc reacts
// gosim-flags: --go-version 1.21
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlowDB = errors.New("database too slow")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 50*time.Millisecond, errSlowDB)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), "| cause:", context.Cause(ctx))

	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	detached := context.WithoutCancel(context.WithValue(parent, "req", 7))
	stopped := make(chan string, 1)
	stop := context.AfterFunc(child, func() { stopped <- "child cleanup ran" })
	cancelParent(errors.New("shutting down"))
	fmt.Println(<-stopped, "| stop after it ran:", stop())
	fmt.Println("child:", child.Err(), "| cause:", context.Cause(child))
	fmt.Println("detached:", detached.Err(), detached.Value("req"), detached.Done() == nil)

	dl, cancelDL := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), errSlowDB)
	stop2 := context.AfterFunc(dl, func() { fmt.Println("never printed") })
	fmt.Println("stopped before cancel:", stop2())
	cancelDL()
	time.Sleep(time.Millisecond)
	fmt.Println(dl.Err(), "| cause:", context.Cause(dl))
	fmt.Println(context.Cause(context.Background()))
}
