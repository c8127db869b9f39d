// lesson: the slices, maps and cmp packages across their API as of Go 1.22 (slices.Concat and cmp.Or are 1.22)
// gosim-flags: --go-version 1.22
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	s := []int{5, 2, 8, 2, 9, 1, 5, 5}
	fmt.Println(slices.Index(s, 5), slices.Contains(s, 7), slices.Min(s), slices.Max(s), slices.IsSorted(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s, slices.IsSorted(c))
	fmt.Println(slices.BinarySearch(c, 5))
	fmt.Println(slices.BinarySearch(c, 6))
	fmt.Println(slices.Compact(c), slices.Equal(s, c), slices.Compare(s, c))
	c = slices.Insert(c, 2, 100, 101)
	fmt.Println(c, len(c), cap(c))
	c = slices.Delete(c, 1, 3)
	fmt.Println(c, slices.Replace(c, 0, 2, 7, 7, 7))
	slices.Reverse(c)
	fmt.Println(c, slices.Clip(c[:2]), cap(slices.Grow(c[:2], 50)) >= 52)
	fs := []float64{3, math.NaN(), -1, 0, math.Copysign(0, -1), 2}
	slices.Sort(fs)
	fmt.Println(fs, slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{1, 3}))
	negZero := math.Copysign(0, -1)
	fmt.Println(slices.Max([]float64{negZero, 0, negZero}), slices.Min([]float64{0, negZero, 0}), slices.Max([]float64{negZero}), slices.Min([]int{0, 0}))
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 25}, {"Gus", 30}, {"Hal", 40},
		{"Ivy", 25}, {"Jo", 30}, {"Kim", 35}, {"Lu", 25}, {"Mo", 30}}
	byAge := slices.Clone(people)
	slices.SortFunc(byAge, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(byAge)
	stable := slices.Clone(people)
	slices.SortStableFunc(stable, func(a, b person) int { return cmp.Compare(b.age, a.age) })
	fmt.Println(stable)
	i, found := slices.BinarySearchFunc(byAge, 35, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(i, found, slices.IndexFunc(people, func(p person) bool { return strings.HasPrefix(p.name, "C") }))
	fmt.Println(slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) }), slices.ContainsFunc(people, func(p person) bool { return p.age > 39 }))
	fmt.Println(slices.DeleteFunc(slices.Clone(people), func(p person) bool { return p.age == 25 }))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.CompactFunc([]string{"a", "A", "b"}, strings.EqualFold))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(math.NaN(), 0), cmp.Compare(math.NaN(), math.NaN()), cmp.Or("", "x", "y"))

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	cl := maps.Clone(m)
	cl["d"] = 4
	fmt.Println(m, cl, maps.Equal(m, cl))
	maps.DeleteFunc(cl, func(k string, v int) bool { return v%2 == 1 })
	maps.Copy(cl, map[string]int{"z": 26})
	fmt.Println(cl, maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]int{})
}
