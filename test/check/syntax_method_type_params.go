package main

type S[T any] struct{}

func (s S[T]) M[ /* ERROR "syntax error: method must have no type parameters" */ U any]() {}

func main() {}
