package main

func main() {
	n := iota /* ERROR "cannot use iota outside constant declaration" */
	_ = n
}
