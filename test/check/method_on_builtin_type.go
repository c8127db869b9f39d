package main

func (i /* ERROR "cannot define new methods on non-local type int" */ int) Double() int { return i * 2 }

func main() {}
