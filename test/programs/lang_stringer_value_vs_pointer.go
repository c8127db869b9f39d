// lesson: a String method on *T is used only when printing a pointer; on T it works for both
package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.n) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	v := V{1}
	p := P{2}
	fmt.Println(v, &v)
	fmt.Println(p, &p)
	fmt.Printf("%v %s %d\n", v, v, v)
	fmt.Printf("%v %+v\n", p, &p)
	fmt.Println([]V{{3}, {4}}, []*P{{5}})
	fmt.Println(map[string]V{"k": {6}})
	fmt.Println(E{7}, Both{})
	fmt.Println(struct{ Inner V }{V{8}})
	var np *P
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(np)
	}()
}
