// lesson: struct tags are part of the type but ignored at run time; anonymous structs and conversions between them
package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty" db:"email"`
	Age   int    `json:"-"`
}

type plain struct {
	Name  string
	Email string
	Age   int
}

func main() {
	u := User{"Ann", "ann@example.com", 31}
	fmt.Printf("%v\n%+v\n", u, u)
	p := plain(u) // tags are ignored in conversions
	fmt.Println(p.Name, p.Age)

	point := struct {
		X, Y int
	}{3, 4}
	fmt.Println(point, point.X*point.Y)
	fmt.Printf("%T\n", point)

	people := []struct {
		name string
		age  int
	}{
		{"a", 1},
		{"b", 2},
	}
	for _, pp := range people {
		fmt.Println(pp.name, pp.age)
	}
	var cfg struct {
		Debug bool
		Level int
		Tags  []string
	}
	cfg.Level = 3
	cfg.Tags = append(cfg.Tags, "x")
	fmt.Printf("%+v\n", cfg)

	type key struct{ a, b int }
	m := map[key]string{{1, 2}: "one-two", {3, 4}: "three-four"}
	fmt.Println(m[key{1, 2}], len(m))
	anon1 := struct{ A int }{1}
	anon2 := struct{ A int }{1}
	fmt.Println(anon1 == anon2)
	nested := struct {
		Inner struct{ V []int }
	}{}
	nested.Inner.V = []int{1, 2}
	fmt.Printf("%+v %v\n", nested, nested)
}
