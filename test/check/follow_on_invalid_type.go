package main

// Go reports an undefined type once: errors that would name the invalid type
// it leaves behind (p.x on a *T whose T is undefined) are follow-on errors and
// not reported.

func main() {
	var p *T /* ERROR "undefined: T" */
	_ = p.x
	var q []U /* ERROR "undefined: U" */
	q[0].f()
	_ = len(q)
}
