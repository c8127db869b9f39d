package main

func main() {
	func inner /* ERROR `syntax error: unexpected inner, expecting \(` */ () {}
} /* ERROR "syntax error: non-declaration statement outside function body" */
