// lesson: Go 1.20 context.WithCancelCause records why a context was cancelled; Cause reports it
// gosim-flags: --go-version 1.20
package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(ctx.Err(), context.Cause(ctx))
	child, childCancel := context.WithCancel(ctx)
	defer childCancel()
	cancel(ErrShutdown)
	<-child.Done()
	fmt.Println(ctx.Err(), "|", context.Cause(ctx))
	fmt.Println(child.Err(), "|", context.Cause(child))
	cancel(errors.New("second cause ignored"))
	fmt.Println(context.Cause(ctx) == ErrShutdown)
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(ctx2.Err(), "|", context.Cause(ctx2))
	plain, plainCancel := context.WithCancel(context.Background())
	plainCancel()
	fmt.Println(context.Cause(plain), context.Cause(context.Background()))
}
