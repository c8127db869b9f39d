// lesson: Index, LastIndex, IndexByte, IndexRune, IndexAny, IndexFunc, Contains*, HasPrefix/HasSuffix
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken kitchen"
	fmt.Println(strings.Index(s, "ken"), strings.LastIndex(s, "ken"), strings.Index(s, "dog"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexRune("日本語", '語'), strings.IndexRune("abc", 'z'))
	fmt.Println(strings.IndexAny("golang", "nl"), strings.LastIndexAny("golang", "go"), strings.IndexAny("x", ""))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }))
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'h'))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "hen"), strings.HasPrefix(s, ""), strings.HasSuffix("", "x"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.LastIndex("go gopher", "go"))
	idx := []int{}
	for i := 0; ; {
		j := strings.Index(s[i:], "en")
		if j < 0 {
			break
		}
		idx = append(idx, i+j)
		i += j + 1
	}
	fmt.Println("all 'en':", idx)
}
