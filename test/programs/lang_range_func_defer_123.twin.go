// lesson: Go 1.23 range over functions: a defer in the loop body belongs to the enclosing function, and panics cross the iterator
package main

import "fmt"

// Go 1.19 spelling: the body's defers are deferred by the function itself; the
// iterator's deferred line runs when the iterator returns (or unwinds).

func collect() (out string) {
	defer func() { fmt.Println("collect returns", out) }()
	for i, r := range "abc" {
		i, r := i, r
		defer func() { out += string(r) }()
		fmt.Println("body", i, string(r))
	}
	fmt.Println("  letters: iterator returns")
	fmt.Println("after the loop")
	return "<"
}

func risky(stopAt rune) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
		}
	}()
	unwinding := true
	defer func() {
		if unwinding {
			fmt.Println("  letters: iterator returns")
		}
	}()
	for _, r := range "xyz" {
		if r == stopAt {
			panic("found " + string(r))
		}
		fmt.Println("risky saw", string(r))
	}
	unwinding = false
	fmt.Println("  letters: iterator returns")
	return nil
}

func main() {
	fmt.Println(collect())
	fmt.Println(risky('y'))
	fmt.Println(risky('q'))
	closures := []func(){}
	for i, r := range "hi" {
		i, r := i, r
		closures = append(closures, func() { fmt.Println("closure", i, string(r)) })
	}
	fmt.Println("  letters: iterator returns")
	for _, f := range closures {
		f()
	}
}
