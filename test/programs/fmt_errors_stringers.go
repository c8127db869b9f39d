// lesson: Error() wins over String(); Stringers are used by %v %s %q but not %d or %x on structs
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Both int

func (b Both) String() string { return "stringer" }
func (b Both) Error() string  { return "error wins" }

type Wrapper struct {
	C Color
	B Both
}

func main() {
	c := Color(1)
	fmt.Printf("%v|%s|%q|%d|%x|%5s|%-6v|\n", c, c, c, c, c, c, c)
	fmt.Println(c, []Color{0, 2}, map[Color]int{2: 1, 0: 2})
	fmt.Printf("%v %+v %#v\n", Wrapper{1, 3}, Wrapper{1, 3}, Wrapper{1, 3})
	var b Both
	fmt.Println(b, fmt.Sprint(b))
	err := errors.New("disk full")
	fmt.Printf("%v|%s|%q|%+v|%x\n", err, err, err, err, err)
	fmt.Printf("%#v\n", Color(2))
	werr := fmt.Errorf("saving: %w", err)
	fmt.Println(werr, errors.Unwrap(werr) == err)
	fmt.Printf("%v %d\n", &c, c+1)
}
