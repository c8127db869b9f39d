package main

type T struct{}

func (T) Name() string { return "a" }
func (T) Name /* ERROR "T.Name redeclared in this block" */ () string { return "b" }

func main() {}
