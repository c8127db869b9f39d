// lesson: string verbs %s %q %x %X %v with width, precision (in runes), - and # flags
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%5.1s]\n", s, s, s, s, s)
	fmt.Printf("[%q][%#q][%+q][%x][%X][% x][%#x]\n", s, s, s, s, s, s, s)
	fmt.Printf("[%q][%#q]\n", "back`tick", "tab\there")
	fmt.Printf("[%v][%8v][%-8v|]\n", "go", "go", "go")
	fmt.Printf("[%s][%q]\n", "", "")
	fmt.Printf("[%05s][%.0s][%.10s]\n", "ab", "abc", "abc")
	fmt.Printf("%s|%q|%v\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", ""})
	fmt.Printf("%q\n", "日本\x00\u2028")
	fmt.Printf("%+q %#+q\n", "日本", "日本")
	fmt.Printf("%x %X\n", "\xff\x00", []string{"hi", "yo"})
	fmt.Printf("%6.3q|\n", "abcdef")
}
