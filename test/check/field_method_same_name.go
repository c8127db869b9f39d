package main

type S struct{ size int }

func (S) size /* ERROR "field and method with the same name size" */ () int { return 0 }

func main() {}
