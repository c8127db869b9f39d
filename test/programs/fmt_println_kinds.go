// lesson: Println formats every kind with %v: numbers, runes as numbers, slices, maps, structs, errors, durations
package main

import (
	"errors"
	"fmt"
	"time"
)

type Level int
type Named struct {
	Label string
	N     []int
}

func main() {
	fmt.Println(1, -2, 3.25, float32(1)/3, 'x', byte(7), "str", true)
	fmt.Println(uint64(1<<63), int8(-8), 1e-9, 12345678.9)
	fmt.Println([]string{"a b", ""}, [2]bool{true}, map[string]Level{"x": 2})
	fmt.Println(Named{"n", []int{1, 2}}, &Named{"p", nil})
	fmt.Println(errors.New("e"), time.Duration(1500)*time.Millisecond, time.Month(3), time.Saturday)
	fmt.Println(struct{}{}, []struct{}{{}, {}}, [][]string{{"a"}, {}})
	fmt.Println(interface{}(nil), []interface{}{1, "a", nil, 2.5, []int{3}})
	var e error
	fmt.Println("nil error:", e)
}
