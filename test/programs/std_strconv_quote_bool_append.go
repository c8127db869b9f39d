// lesson: Quote, QuoteToASCII, QuoteRune, Unquote, ParseBool/FormatBool and the Append* helpers
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hi \"there\"\n\ttab é ☺ \x00"))
	fmt.Println(strconv.QuoteToASCII("é ☺ \U0001F600"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.Quote("\xff"))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"unterminated`, `noquotes`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "FALSE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("%q:%v:%v ", s, b, err)
	}
	fmt.Println()
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.5, 'e', 3, 64)
	buf = strconv.AppendUint(buf, 255, 16)
	fmt.Println(string(buf))
}
