// lesson: ToUpper/ToLower/ToTitle, and the Trim family: Trim vs TrimLeft vs TrimPrefix differ
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("ÀB Cd"), strings.ToTitle("go"))
	fmt.Printf("%q\n", strings.TrimSpace("\t  padded text \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "body"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("%q\n", strings.TrimLeft("aaab", "a"))
	fmt.Printf("%q\n", strings.TrimPrefix("aaab", "a"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("go!!?", unicode.IsPunct))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	words := strings.Fields("the quick brown fox")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
}
