// lesson: Sprintf/Sprint/Sprintln return strings; Fprintf writes into any io.Writer like a Builder
package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	var sb strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&sb, "[%d:%s]", i, strings.Repeat("*", i))
	}
	fmt.Println(sb.String(), sb.Len())
	s := fmt.Sprintf("%s and %v and %d", Temp(21.55), Temp(-3), 7)
	fmt.Println(s)
	fmt.Println(len(fmt.Sprintln("a", "b")), fmt.Sprint("a", "b"), fmt.Sprint(1, 2))
	line := fmt.Sprintf("%-5s|%5s|", "ab", "cd")
	fmt.Println(line, len(line))
	fmt.Println(fmt.Sprintf("%08.3f", -3.14159), fmt.Sprintf("%+d", 0), fmt.Sprintf("%x", -255))
	fmt.Println(fmt.Sprint(3.0), fmt.Sprint(float32(0.1)), fmt.Sprint(1e100))
}
