// lesson: reading a field through a nil pointer inside a method: SIGSEGV turned into a panic
package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func (u *User) Greeting() string { return "hi " + u.Name }

func find(name string) *User {
	if name == "ann" {
		return &User{"ann", 30}
	}
	return nil
}

func main() {
	fmt.Println(find("ann").Greeting())
	fmt.Println(find("bob").Greeting())
}
