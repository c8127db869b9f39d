// lesson: embedded structs promote fields and methods; the outer type can shadow them
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof (instead of " + d.Animal.Sound() + ")" }

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Dog
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("max")
	fmt.Println(d.Animal.Name, d.Sound())
	fmt.Printf("%v\n%+v\n", d, d)
	s := Service{&Logger{"[svc] "}, d}
	s.Log("started " + s.Name)
	s.Logger.prefix = "[new] "
	s.Log(s.Describe())
}
