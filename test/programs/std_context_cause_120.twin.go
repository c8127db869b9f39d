// lesson: Go 1.19 twin of std_context_cause_120: a cause stored beside the context by hand
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var ErrShutdown = errors.New("server shutting down")

type causeCtx struct {
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	cause  error
}

func withCancelCause(parent context.Context) *causeCtx {
	ctx, cancel := context.WithCancel(parent)
	return &causeCtx{ctx: ctx, cancel: cancel}
}

func (c *causeCtx) Cancel(cause error) {
	c.mu.Lock()
	if c.ctx.Err() == nil {
		if cause == nil {
			cause = context.Canceled
		}
		c.cause = cause
	}
	c.mu.Unlock()
	c.cancel()
}

func (c *causeCtx) Cause() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cause
}

func main() {
	cc := withCancelCause(context.Background())
	fmt.Println(cc.ctx.Err(), cc.Cause())
	child, childCancel := context.WithCancel(cc.ctx)
	defer childCancel()
	cc.Cancel(ErrShutdown)
	<-child.Done()
	fmt.Println(cc.ctx.Err(), "|", cc.Cause())
	fmt.Println(child.Err(), "|", cc.Cause()) // a child inherits its parent's cause
	cc.Cancel(errors.New("second cause ignored"))
	fmt.Println(cc.Cause() == ErrShutdown)
	cc2 := withCancelCause(context.Background())
	cc2.Cancel(nil)
	fmt.Println(cc2.ctx.Err(), "|", cc2.Cause())
	plain, plainCancel := context.WithCancel(context.Background())
	plainCancel()
	var none error
	fmt.Println(plain.Err(), none) // Cause of a plain cancelled context is its Err; of Background, nil
}
