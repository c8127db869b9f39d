// lesson: iota counts const specs in a block: skips with _, expressions, repeated implicit expressions
package main

import "fmt"

const (
	A = iota
	B
	_
	D
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	X, Y = iota, iota * 10
	Z, W
)

const (
	First = "first"
	Second
	Third = iota
	Fourth
)

const (
	Read = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func main() {
	fmt.Println(A, B, D)
	fmt.Println(KB, MB, GB)
	fmt.Println(X, Y, Z, W)
	fmt.Println(First, Second, Third, Fourth)
	fmt.Println(Read, Write, Exec, All)
	const (
		p = iota + 'a'
		q
		r
	)
	fmt.Printf("%c%c%c\n", p, q, r)
}
