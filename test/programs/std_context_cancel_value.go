// lesson: context.WithCancel and WithValue: Done closes on cancel, Err says why, values chain to parents
package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err())
	ctx, cancel := context.WithCancel(bg)
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done yet, err =", ctx.Err())
	}
	child, childCancel := context.WithCancel(ctx)
	defer childCancel()
	cancel()
	<-child.Done()
	fmt.Println("child err:", child.Err(), errors.Is(child.Err(), context.Canceled))
	cancel()
	fmt.Println("cancel twice is fine:", ctx.Err())
	vctx := context.WithValue(bg, ctxKey("user"), "ann")
	vctx2 := context.WithValue(vctx, ctxKey("role"), "admin")
	fmt.Println(vctx2.Value(ctxKey("user")), vctx2.Value(ctxKey("role")), vctx2.Value(ctxKey("none")))
	fmt.Println(vctx2.Value("user"))
	cctx, ccancel := context.WithCancel(vctx2)
	ccancel()
	fmt.Println(cctx.Value(ctxKey("user")), cctx.Err())
	_, hasDeadline := cctx.Deadline()
	fmt.Println("deadline set:", hasDeadline)
}
