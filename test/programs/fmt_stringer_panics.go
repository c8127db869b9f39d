// lesson: fmt catches panics inside String/Error methods and prints %!v(PANIC=...); nil receivers print <nil>
package main

import (
	"errors"
	"fmt"
)

type Bad struct{}

func (Bad) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("err boom")) }

type PtrStr struct{ name string }

func (p *PtrStr) String() string { return "name=" + p.name }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%s|%d\n", Bad{}, Bad{})
	fmt.Println(BadErr{})
	var p *PtrStr
	fmt.Println(p)
	fmt.Printf("%v %s\n", p, p)
	fmt.Println(&PtrStr{"x"})
	fmt.Println([]fmt.Stringer{Bad{}, &PtrStr{"y"}})
	fmt.Println("still running")
}
