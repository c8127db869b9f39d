// lesson: structs and arrays of comparable fields compare with == and work as map keys
package main

import "fmt"

type Point struct{ X, Y int }
type Segment struct{ A, B Point }

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1})
	seen := map[Point]string{}
	seen[Point{0, 0}] = "origin"
	seen[p] = "p"
	seen[q] = "q overwrites p"
	fmt.Println(len(seen), seen[Point{1, 2}], seen)
	segs := map[Segment]int{{Point{0, 0}, Point{1, 1}}: 1}
	segs[Segment{B: Point{1, 1}}]++
	fmt.Println(segs)
	grid := map[[2]int]bool{{1, 2}: true}
	fmt.Println(grid[[2]int{1, 2}], grid[[2]int{2, 1}])
	type key struct {
		name string
		age  int
	}
	counts := map[key]int{}
	for _, k := range []key{{"a", 1}, {"b", 2}, {"a", 1}} {
		counts[k]++
	}
	fmt.Println(counts)
	var i1, i2 interface{} = Point{3, 4}, Point{3, 4}
	fmt.Println("interfaces holding equal structs:", i1 == i2)
	fmt.Println(struct{ a, b int }{1, 2} == struct{ a, b int }{1, 2})
}
