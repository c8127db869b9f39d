package main

func main() {
	x := 1
	x++ ++ /* ERROR `syntax error: unexpected \+\+ at end of statement` */
}
