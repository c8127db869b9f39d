// lesson: a typed iota enum with a String method prints by name with %v and by number with %d
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
)

func main() {
	fmt.Println(Sunday, Tuesday, Wednesday+1)
	fmt.Printf("%v %d %s %T\n", Monday, Monday, Monday, Monday)
	fmt.Printf("%q\n", Tuesday)
	fmt.Println([]Weekday{Monday, Sunday})
	d := Monday
	d++
	fmt.Println("after ++:", d)
	fmt.Println(Debug, Info, Warn)
	fmt.Printf("%T %v\n", Warn, Warn)
	m := map[Weekday]int{Tuesday: 2, Sunday: 0}
	fmt.Println(m)
}
