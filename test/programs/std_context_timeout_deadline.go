// lesson: WithTimeout/WithDeadline: Err becomes context.DeadlineExceeded; the earlier deadline wins
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println("fast op:", slowOp(ctx, 10*time.Millisecond))
	err := slowOp(ctx, 2*time.Second)
	fmt.Println("slow op:", err, errors.Is(err, context.DeadlineExceeded))
	fmt.Printf("%v | %T\n", context.DeadlineExceeded, context.DeadlineExceeded)
	parent, pcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer pcancel()
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pd, _ := parent.Deadline()
	cd, ok := child.Deadline()
	fmt.Println("child keeps parent's earlier deadline:", ok, cd.Equal(pd))
	start := time.Now()
	<-child.Done()
	fmt.Println(child.Err(), time.Since(start).Round(100*time.Millisecond))
	dl := time.Now().Add(-time.Second)
	past, pastCancel := context.WithDeadline(context.Background(), dl)
	defer pastCancel()
	fmt.Println("deadline in the past:", past.Err())
	c2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	fmt.Println("cancelled before timeout:", c2.Err())
}
