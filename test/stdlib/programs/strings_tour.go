// lesson: package strings across its API, on ASCII, Unicode and invalid UTF-8
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	texts := []string{"", "Hello, World", "  padded\t\n", "a,b,,c,", "héllo wörld", "日本語", "straße ǅ İı", "\xff\xfe bad", "go go gopher"}
	for _, s := range texts {
		fmt.Printf("%q\n", s)
		fmt.Printf("  upper %q lower %q title %q Title %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
		fmt.Printf("  fields %q trimspace %q valid %q\n", strings.Fields(s), strings.TrimSpace(s), strings.ToValidUTF8(s, "?"))
		fmt.Printf("  split %q after %q n2 %q explode %q\n", strings.Split(s, ","), strings.SplitAfter(s, "o"), strings.SplitN(s, " ", 2), strings.Split(s, ""))
		fmt.Printf("  index %d %d %d %d %d %d\n", strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexAny(s, "lé"), strings.LastIndexAny(s, "lé"), strings.IndexRune(s, 'ö'), strings.IndexByte(s, ','))
		fmt.Printf("  count %d %d contains %v %v %v\n", strings.Count(s, "o"), strings.Count(s, ""), strings.Contains(s, "lo"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, '語'))
		fmt.Printf("  trim %q %q %q %q\n", strings.Trim(s, " \t\nHd"), strings.TrimLeft(s, "Hh "), strings.TrimRight(s, "d\n\t "), strings.TrimFunc(s, unicode.IsLetter))
		fmt.Printf("  replace %q %q map %q\n", strings.Replace(s, "o", "0", 1), strings.ReplaceAll(s, "", "|"), strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return unicode.SimpleFold(r)
		}, s))
		before, after, found := strings.Cut(s, " ")
		fmt.Printf("  cut %q %q %v fold %v %v compare %d\n", before, after, found, strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, "HELLO, world"), strings.Compare(s, "go"))
		fmt.Printf("  funcs %d %d %q\n", strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsLower), strings.FieldsFunc(s, unicode.IsPunct))
	}
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;", "", "")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "", "-").Replace("aaab"))
	fmt.Println(strings.Repeat("ab", 3), strings.Join([]string{"x", "y", "z"}, "--"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.TrimPrefix("golang", "go"), strings.TrimSuffix("golang", "lang"), strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"))

	var b strings.Builder
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, "%d,", i)
		fmt.Print(b.Len(), "/", b.Cap(), " ")
	}
	fmt.Println()
	b.WriteRune('世')
	b.WriteByte('!')
	fmt.Println(b.String())

	rd := strings.NewReader("héllo, reader")
	buf := make([]byte, 4)
	for {
		n, err := rd.Read(buf)
		fmt.Printf("%q %v %d|", buf[:n], err, rd.Len())
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
	rd.Seek(1, io.SeekStart)
	ch, size, _ := rd.ReadRune()
	fmt.Println(ch, size, rd.UnreadRune(), rd.UnreadRune())
	rd.WriteTo(os.Stdout)
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.Repeat("x", -1)
}
