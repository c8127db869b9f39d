package main

type Namer interface{ Name(upper bool) string }

type User struct{}

func (User) Name() string { return "u" }

func main() {
	var n Namer = User /* ERROR "wrong type for Name method" */ {}
	_ = n
}
