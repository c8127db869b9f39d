package main

func main /* ERROR "func main must have no arguments and no return values" */ (args []string) int {
	return len(args)
}
