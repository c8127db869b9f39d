// lesson: strings are immutable byte sequences: indexing gives bytes, slicing shares, += builds new ones
package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Println(s[0], string(s[0]), s[1:4], len(s))
	fmt.Printf("%T %T\n", s[0], s[1:2])
	t := s
	s += "s"
	fmt.Println(s, t)
	b := []byte(s)
	b[0] = 'G'
	fmt.Println(string(b), s)
	u := "€uro"
	fmt.Println(len(u), u[0], u[:3], u[3:])
	fmt.Printf("%q\n", u[:1])
	fmt.Println("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "go" == "g"+"o")
	multi := `raw string \n keeps backslashes
and newlines`
	fmt.Println(multi)
	fmt.Println(len("\xff\x00"), "tab:\tend", "quote:\"", 'a', '\n')
	var sum int
	for i := 0; i < len(s); i++ {
		sum += int(s[i] - 'a')
	}
	fmt.Println(sum)
}
