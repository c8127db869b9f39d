package main

var ready bool

func init() { ready = true }

func main() {
	init /* ERROR "undefined: init" */ ()
}
