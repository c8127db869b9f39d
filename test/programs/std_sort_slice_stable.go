// lesson: sort.Slice with a less func, SliceStable keeps equal elements in order, multi-key sorts
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 25}}
	byAge := append([]Person(nil), people...)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	fmt.Println(byAge)
	multi := append([]Person(nil), people...)
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].Age != multi[j].Age {
			return multi[i].Age > multi[j].Age
		}
		return multi[i].Name < multi[j].Name
	})
	fmt.Println(multi)
	words := []string{"ccc", "a", "bb", "dd", "e", "fff"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	fmt.Println(sort.SliceIsSorted(words, func(i, j int) bool { return len(words[i]) < len(words[j]) }))
}
