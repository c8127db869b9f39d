// lesson: an errgroup-style helper written by hand: run tasks, keep the first error, cancel the rest
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	cancelled := 0
	for i := 1; i <= 4; i++ {
		id := i
		g.Go(func() error {
			if id == 2 {
				time.Sleep(20 * time.Millisecond)
				return fmt.Errorf("task %d: %w", id, errors.New("bad input"))
			}
			select {
			case <-time.After(2 * time.Second):
				return nil
			case <-ctx.Done():
				mu.Lock()
				cancelled++
				mu.Unlock()
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("tasks cancelled:", cancelled)
	g2, _ := WithContext(context.Background())
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println("all ok:", g2.Wait())
}
