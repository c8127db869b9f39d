package main

func helper() {}
func helper /* ERROR "helper redeclared in this block" */ () {}

type Config struct{}
type Config /* ERROR "Config redeclared in this block" */ int

func main() {}
