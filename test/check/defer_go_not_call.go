package main

func main() {
	defer recover /* ERROR "expression in defer must be function call" */
	f := func() {}
	go f /* ERROR "expression in go must be function call" */
}
