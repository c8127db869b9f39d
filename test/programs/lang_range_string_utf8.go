// lesson: range over a string decodes UTF-8; invalid bytes become U+FFFD one byte at a time
package main

import "fmt"

func main() {
	s := "aé世\xffz\xe4\xb8"
	for i, r := range s {
		fmt.Printf("%d: %q %U\n", i, r, r)
	}
	fmt.Println("bytes:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count)
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
