package main

func greet(name string, times int) {}

func main() {
	greet(3 /* ERROR "cannot use 3 \\(untyped int constant\\) as string value in argument to greet" */, 1)
	greet("x", "y" /* ERROR "as int value in argument to greet" */ )
}
