package main

type T struct{}

func (t *T) Touch() {}

func main() {
	T{}.Touch /* ERROR "cannot call pointer method Touch on T" */ ()
}
