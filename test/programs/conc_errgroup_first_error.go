// lesson: an errgroup written by hand: run tasks, cancel the rest through a context at the first error, wait for all
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	once    sync.Once
	err     error
	cancel  context.CancelFunc
	limiter chan struct{}
}

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel, limiter: make(chan struct{}, limit)}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.limiter <- struct{}{}
		defer func() { <-g.limiter }()
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
	g, ctx := WithContext(context.Background(), 5)
	var mu sync.Mutex
	var finished, cancelled []string
	for i, d := range []time.Duration{10, 20, 50, 300, 400} {
		name := fmt.Sprintf("task%d", i)
		d := d * time.Millisecond
		g.Go(func() error {
			select {
			case <-time.After(d):
			case <-ctx.Done():
				mu.Lock()
				cancelled = append(cancelled, name)
				mu.Unlock()
				return ctx.Err()
			}
			if name == "task2" {
				return errors.New(name + " failed")
			}
			mu.Lock()
			finished = append(finished, name)
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	sort.Strings(finished)
	sort.Strings(cancelled)
	fmt.Println("error:", err)
	fmt.Println("finished:", finished)
	fmt.Println("cancelled:", cancelled)
	fmt.Println("context:", ctx.Err())
}
