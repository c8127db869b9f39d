// lesson: strconv: Atoi/Itoa, ParseInt bases and bit sizes, ParseFloat, ParseBool, FormatInt, Quote and errors
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "0x1f", "abc", "99999999999999999999", ""} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1F", 0, 32}, {"0o17", 0, 64}, {"0b1010", 0, 64}, {"128", 10, 8}, {"1_000", 0, 64}, {"z", 36, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	var ne *strconv.NumError
	_, err = strconv.ParseInt("300", 10, 8)
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	}
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "0x1p-2", "1e400", "x"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 3, 64), strconv.FormatFloat(2.5, 'f', -1, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(strconv.FormatBool(false), string(strconv.AppendInt([]byte("n="), 12, 10)))
}
