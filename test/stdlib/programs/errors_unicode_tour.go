// lesson: packages errors, unicode and unicode/utf8: wrapping chains, As targets, classes, case mapping, encodings
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode"
	"unicode/utf8"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e *netErr) Error() string   { return e.msg }
func (e *netErr) Temporary() bool { return true }

func main() {
	base := NotFound{"config"}
	err := fmt.Errorf("load: %w", fmt.Errorf("open: %w", base))
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Name, errors.Is(err, base), errors.Unwrap(errors.Unwrap(err)) == error(base))
	var tmp Temporary
	ne := fmt.Errorf("dial: %w", &netErr{"timeout"})
	fmt.Println(errors.As(ne, &tmp), tmp.Temporary(), errors.As(err, &tmp))
	_, ferr := os.Open("/no/such/file")
	var pe *fs.PathError
	fmt.Println(errors.Is(ferr, fs.ErrNotExist), errors.As(ferr, &pe), pe.Op)
	fmt.Printf("%T %v %v\n", errors.New("x"), errors.New("x") == errors.New("x"), errors.Is(nil, nil))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(err, nf)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n int
		errors.As(err, &n)
	}()
	fmt.Println(errors.Is(io.EOF, io.EOF), errors.Is(fmt.Errorf("%w", io.ErrUnexpectedEOF), io.EOF))

	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\u0085', '\u00a0', 'é', 'ß', 'ǅ', 'Σ', 'ς', 'ſ', 'K', 'İ', 'ı', '世', '٣', 'Ⅻ', '€', '!', '\u2028', 0x1F600, -1, 0x110000} {
		fmt.Printf("%U %v%v%v%v%v%v%v%v%v%v%v%v %c %c %c %c %v\n", r, b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)),
			b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsPunct(r)), b(unicode.IsSymbol(r)), b(unicode.IsPrint(r)),
			b(unicode.IsGraphic(r)), b(unicode.IsControl(r)), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			[]bool{unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r), unicode.In(r, unicode.Han, unicode.Hiragana), unicode.Is(unicode.White_Space, r)})
	}
	s := "héllo, 世界\xff!"
	for i, r := range s {
		fmt.Print(i, ":", r, ":", utf8.RuneLen(r), " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.Valid([]byte("ok")), utf8.FullRuneInString("\xe4\xb8"))
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size, utf8.AppendRune(nil, '界'), utf8.RuneStart(0x80), utf8.ValidRune(0xd800))
	buf := make([]byte, 3)
	fmt.Println(utf8.EncodeRune(buf, '€'), buf)
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(buf[:1], '€')
}

func b(v bool) string {
	if v {
		return "1"
	}
	return "0"
}
