// lesson: embedded structs and interfaces: promoted fields and methods, shadowing, pointer embedding
package main

import (
	"fmt"
	"sync"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Describe() string { return "dog: " + d.Animal.Describe() }

type Logger interface{ Log(string) }
type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) { fmt.Println(p.prefix + s) }

type Service struct {
	Logger
	*sync.Mutex
	hits int
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type Base struct{ ID int }
type Mid struct{ Base }
type Top struct {
	Mid
	ID string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Animal.Describe())
	d.Rename("Max")
	fmt.Println(d.Name)
	fmt.Printf("%+v\n", d)

	s := Service{Logger: prefixLogger{"[svc] "}, Mutex: &sync.Mutex{}}
	s.Lock()
	s.hits++
	s.Unlock()
	s.Log(fmt.Sprint("hits=", s.hits))

	var rw ReadWriter = &buf{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	var r Reader = rw
	_, isW := r.(Writer)
	fmt.Println(isW)

	t := Top{Mid{Base{7}}, "top"}
	fmt.Println(t.ID, t.Mid.ID, t.Base.ID, t.Mid.Base.ID)
}
