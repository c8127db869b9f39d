// lesson: assigning a struct copies its fields; slices, maps and pointers inside are still shared
package main

import "fmt"

type Team struct {
	Name    string
	Members []string
	Scores  map[string]int
	Lead    *string
	Tags    [2]string
}

func main() {
	lead := "ann"
	a := Team{"red", []string{"ann", "bob"}, map[string]int{"ann": 1}, &lead, [2]string{"x", "y"}}
	b := a
	b.Name = "blue"
	b.Members[0] = "ANN"
	b.Scores["bob"] = 2
	*b.Lead = "zed"
	b.Tags[0] = "changed"
	fmt.Println(a.Name, a.Members, a.Scores, *a.Lead, a.Tags)
	fmt.Println(b.Name, b.Members, b.Scores, *b.Lead, b.Tags)
	b.Members = append(b.Members, "cy")
	fmt.Println(len(a.Members), len(b.Members))
	c := a
	c.Members = append([]string(nil), a.Members...)
	c.Members[1] = "BOB"
	fmt.Println(a.Members, c.Members)
	ps := []Team{a}
	for _, t := range ps {
		t.Name = "loop copy"
	}
	for i := range ps {
		ps[i].Name += "!"
	}
	fmt.Println(ps[0].Name)
}
