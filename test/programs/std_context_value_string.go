// lesson: how a context prints: each WithValue shows its key's type and a string or Stringer value
package main

import (
	"context"
	"fmt"
)

type ctxKey string

type requestID int

func (r requestID) String() string { return fmt.Sprintf("req-%04d", int(r)) }

type traceKey struct{}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, traceKey{}, requestID(42))
	ctx = context.WithValue(ctx, "retries", 3)
	ctx = context.WithValue(ctx, 1, nil)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(ctx)
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value("user"), ctx.Value(traceKey{}), ctx.Value("retries"))
	fmt.Printf("%v\n", context.WithValue(context.TODO(), &traceKey{}, []string{"x"}))
	fmt.Printf("%s\n", context.WithValue(ctx, requestID(7), requestID(8)))

	for _, key := range []any{nil, []int{1}, map[string]int{}} {
		func() {
			defer func() { fmt.Println("WithValue:", recover()) }()
			context.WithValue(context.Background(), key, "v")
		}()
	}
}
