// lesson: runes are int32 code points; arithmetic on them, Caesar shifts, digits to numbers
package main

import "fmt"

func caesar(s string, k rune) string {
	out := []rune{}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+k)%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+k)%26
		}
		out = append(out, r)
	}
	return string(out)
}

func main() {
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("Zebra", 13), 13))
	n := 0
	for _, r := range "4096" {
		n = n*10 + int(r-'0')
	}
	fmt.Println(n + 1)
	r := 'a'
	fmt.Println(r, r+1, string(r+1))
	fmt.Printf("%c %c %d\n", 'A'+25, 'é'-1, '世')
	var b byte = 'z'
	fmt.Println(b-'a', b+1)
	for c := 'α'; c <= 'ε'; c++ {
		fmt.Print(string(c))
	}
	fmt.Println()
}
