// lesson: wrong verbs, missing and extra arguments, bad indexes and nil args produce %! markers
package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d|%s|%t\n", "str", 3.5, "no")
	fmt.Printf("%x|%e|%c\n", true, "e", 2.5)
	fmt.Printf("%d %s\n", S{1}, S{2})
	fmt.Printf("%d %d %d\n", 1, 2)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[0]d|%[5]d|%[x]d\n", 1)
	fmt.Printf("%-*d|%.*f|%*d\n", 4, 7, 1, 3.14159, "w", 5)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%!d %y\n", 1)
	fmt.Printf("%.2q %1.1t\n", 'x', true)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%d %d\n", []interface{}{1, 2}...)
	fmt.Printf("%v\n")
	fmt.Println(fmt.Sprintf("%d", 1, 2) == "1%!(EXTRA int=2)")
}
