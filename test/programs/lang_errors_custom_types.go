// lesson: custom error types carry data; callers inspect them with type assertions or errors.As
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type NetErr struct{ Op string }

func (e *NetErr) Error() string   { return e.Op + ": connection reset" }
func (e *NetErr) Temporary() bool { return true }

func lookup(k string) error {
	switch k {
	case "missing":
		return NotFound{k}
	case "net":
		return fmt.Errorf("lookup %q: %w", k, &NetErr{"read"})
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "net"} {
		err := lookup(k)
		if err == nil {
			fmt.Println(k, "fine")
			continue
		}
		if nf, ok := err.(NotFound); ok {
			fmt.Println("direct assertion:", nf.Key)
		}
		var ne *NetErr
		if errors.As(err, &ne) {
			fmt.Println("as NetErr:", ne.Op, ne.Temporary())
		}
		var t Temporary
		fmt.Println(k, "->", err, "| temporary:", errors.As(err, &t))
	}
}
