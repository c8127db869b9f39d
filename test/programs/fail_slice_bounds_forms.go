// lesson: slice bounds messages differ: [:hi] with capacity, [lo:hi] inverted, [lo:] with length
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	lo, hi, big := 4, 2, 6
	try(func() { _ = s[:big] })
	try(func() { _ = s[lo:hi] })
	try(func() { _ = s[big:] })
	try(func() { _ = str[:big] })
	try(func() { _ = str[lo:hi] })
	try(func() { _ = s[1:2:big] })
	try(func() { _ = s[1:hi+2:hi] })
	fmt.Println("last one is not recovered:")
	_ = s[lo:]
}
