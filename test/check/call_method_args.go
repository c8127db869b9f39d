package main

type T struct{}

func (T) Set() {}

func main() {
	var t T
	t.Set(1 /* ERROR "too many arguments in call to t.Set" */ )
	T /* ERROR "not enough arguments in call to T.Set" */ .Set()
}
