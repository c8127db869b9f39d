// lesson: Go 1.21 context.AfterFunc runs a callback once ctx is done; WithoutCancel detaches from cancellation
// gosim-flags: --go-version 1.21
package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), key("id"), 7))
	ran := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { ran <- "cleanup ran" })
	stop2 := context.AfterFunc(ctx, func() { fmt.Println("never printed") })
	fmt.Println("stopped second:", stop2())
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stop())
	detached := context.WithoutCancel(ctx)
	fmt.Println(ctx.Err(), detached.Err(), detached.Value(key("id")))
	_, has := detached.Deadline()
	fmt.Println("detached has deadline:", has, "done channel nil:", detached.Done() == nil)
}
