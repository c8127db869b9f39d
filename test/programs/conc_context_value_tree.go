// lesson: contexts form a tree: values are inherited, cancelling a parent cancels every descendant, not the other way round
package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func describe(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Printf("%-6s done (%v) user=%v\n", name, ctx.Err(), ctx.Value(key("user")))
	default:
		fmt.Printf("%-6s alive user=%v\n", name, ctx.Value(key("user")))
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	withUser := context.WithValue(root, key("user"), "ann")
	a, cancelA := context.WithCancel(withUser)
	b, cancelB := context.WithTimeout(withUser, time.Hour)
	a1 := context.WithValue(a, key("user"), "bob")
	a2, cancelA2 := context.WithCancel(a)
	defer cancelA2()
	defer cancelB()

	cancelA()
	for _, c := range []struct {
		n string
		c context.Context
	}{{"root", root}, {"a", a}, {"a1", a1}, {"a2", a2}, {"b", b}} {
		describe(c.n, c.c)
	}
	fmt.Println("---")
	cancelRoot()
	time.Sleep(time.Millisecond)
	describe("b", b)
	describe("user", withUser)
	_, hasDeadline := b.Deadline()
	_, rootDeadline := root.Deadline()
	fmt.Println(hasDeadline, rootDeadline)
}
