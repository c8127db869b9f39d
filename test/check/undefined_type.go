package main

func main() {
	var x Widget /* ERROR "undefined: Widget" */
	_ = x
	_ = []Gadget /* ERROR "undefined: Gadget" */ {}
}
