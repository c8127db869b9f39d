package main

func main() {
	switch x := /* ERROR "syntax error: cannot use x := 1 as value" */ 1 {
	}
}
