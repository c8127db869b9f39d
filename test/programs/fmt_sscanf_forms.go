// lesson: fmt.Sscanf and Sscan parse values out of strings, reporting counts and errors
package main

import "fmt"

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("Alice 30 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)

	var h, m, s int
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &s)
	fmt.Println(n, err, h, m, s)

	var x, y int
	n, err = fmt.Sscanf("7 oops", "%d %d", &x, &y)
	fmt.Println(n, err, x, y)

	var hex int
	var word string
	n, err = fmt.Sscanf("ff go", "%x %s", &hex, &word)
	fmt.Println(n, err, hex, word)

	var a, b int
	var op string
	n, err = fmt.Sscan("3 + 4", &a, &op, &b)
	fmt.Println(n, err, a, op, b)

	var r rune
	var ok bool
	n, err = fmt.Sscanf("Z true", "%c %t", &r, &ok)
	fmt.Println(n, err, string(r), ok)

	var q string
	n, err = fmt.Sscanf(`"quoted text" rest`, "%q", &q)
	fmt.Println(n, err, q)

	var i1, i2 int
	n, err = fmt.Sscanln("1 2\n3", &i1, &i2)
	fmt.Println(n, err, i1, i2)
	n, err = fmt.Sscan("", &i1)
	fmt.Println(n, err)
	var u uint8
	n, err = fmt.Sscanf("300", "%d", &u)
	fmt.Println(n, err, u)
}
