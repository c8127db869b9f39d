// lesson: method sets: pointer-receiver methods need an addressable value; interfaces need *T then
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()              { c.n++ }
func (c Counter) Value() int         { return c.n }
func (c Counter) With(n int) Counter { c.n = n; return c }

type Incer interface{ Inc() }
type Valuer interface{ Value() int }

func main() {
	c := Counter{}
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Value(), c.n)
	p := &c
	fmt.Println(p.Value()) // (*p).Value()
	var i Incer = p
	i.Inc()
	var v Valuer = c // copy of c
	c.Inc()
	fmt.Println("Valuer holds a copy:", v.Value(), "c is", c.Value())
	var v2 Valuer = p // *Counter has Value too
	c.Inc()
	fmt.Println("Valuer holding pointer sees update:", v2.Value())
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc() // increments the copy
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Value(), Counter{}.With(9).Value())
	_, ok := interface{}(c).(Incer)
	_, ok2 := interface{}(&c).(Incer)
	fmt.Println(ok, ok2)
}
