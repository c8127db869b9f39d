// lesson: a tour of package strings: Fields, Split, Repeat, Map, Title-casing, Count, EqualFold, NewReplacer
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  the quick  brown\tfox jumps \n over the lazy dog  "
	f := strings.Fields(s)
	fmt.Println(len(f), f)
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r == ' ':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher World"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("loud"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ln"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("abc", 'b'), strings.HasPrefix("prefix", "pre"), strings.HasSuffix("suffix", "fix"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimSpace("\t x \n"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Compare("a", "b"), strings.ToLower("MiXeD"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > unicode.MaxASCII }))
	fmt.Println(strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexByte("abcabc", 'b'))
}
