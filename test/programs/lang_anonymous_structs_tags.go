// lesson: anonymous struct types, struct literals and tags (tags do not change behaviour or printing)
package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty" db:"mail"`
	Age   int    `json:"-"`
}

func main() {
	pt := struct{ X, Y int }{3, 4}
	fmt.Println(pt, pt.X+pt.Y)
	cfg := struct {
		Host string
		Port int
	}{Host: "localhost"}
	cfg.Port = 8080
	fmt.Printf("%+v\n", cfg)
	items := []struct {
		name string
		qty  int
	}{{"apple", 3}, {"pear", 0}}
	for _, it := range items {
		fmt.Printf("%s=%d ", it.name, it.qty)
	}
	fmt.Println()
	u := User{"Ann", "ann@example.com", 30}
	fmt.Printf("%v\n%+v\n", u, u)
	type plain struct {
		Name  string
		Email string
		Age   int
	}
	fmt.Println(plain(u) == plain{"Ann", "ann@example.com", 30})
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	fmt.Printf("%T\n", pt)
}
