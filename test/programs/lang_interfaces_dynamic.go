// lesson: an interface value holds a dynamic type and value; comparisons use both
package main

import "fmt"

type Speaker interface{ Speak() string }
type Cat struct{ name string }
type Robot int

func (c Cat) Speak() string    { return c.name + " says meow" }
func (r *Robot) Speak() string { *r++; return fmt.Sprint("beep #", int(*r)) }

func main() {
	var s Speaker
	fmt.Printf("%v %T\n", s, s)
	s = Cat{"tom"}
	fmt.Printf("%v %T %s\n", s, s, s.Speak())
	r := Robot(0)
	s = &r
	s.Speak()
	fmt.Printf("%T %s\n", s, s.Speak())
	fmt.Println("r is now", r)
	var a, b interface{} = 1, 1
	var c interface{} = int64(1)
	fmt.Println(a == b, a == c, a == 1)
	speakers := []Speaker{Cat{"a"}, &r, Cat{"b"}}
	for _, sp := range speakers {
		if cat, ok := sp.(Cat); ok {
			fmt.Println("cat named", cat.name)
		} else {
			fmt.Println("not a cat:", sp.Speak())
		}
	}
	var x interface{} = Cat{"z"}
	_, isSpeaker := x.(Speaker)
	_, isStringer := x.(fmt.Stringer)
	fmt.Println(isSpeaker, isStringer)
	var any1 interface{} = []int{1}
	func() {
		defer func() { fmt.Println("comparing slices in interfaces:", recover()) }()
		fmt.Println(any1 == any1)
	}()
}
