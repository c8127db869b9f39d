package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type Clock struct{ time.Time }

func main() {
	err := errors.Join /* ERROR "undefined: errors.Join" */ (errors.New("a"), errors.New("b"))
	_, cancel := context.WithCancelCause /* ERROR "undefined: context.WithCancelCause" */ (context.Background())
	_ = cancel
	once := sync.OnceFunc /* ERROR "undefined: sync.OnceFunc" */ (func() {})
	_ = once
	fmt.Println(err, time.DateOnly /* ERROR "undefined: time.DateOnly" */)
	s, ok := strings.CutPrefix /* ERROR "undefined: strings.CutPrefix" */ ("gopher", "go")
	_, _ = s, ok
	var t time.Time
	var m sync.Map
	m.Swap /* ERROR `m.Swap undefined \(type sync.Map has no field or method Swap\)` */ (1, 2)
	var c Clock
	_ = t.Compare /* ERROR `t.Compare undefined \(type time.Time has no field or method Compare\)` */ (t)
	_ = c.Compare /* ERROR `c.Compare undefined \(type Clock has no field or method Compare\)` */ (t)
	_ = c.Before(t)
}
