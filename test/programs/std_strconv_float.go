// lesson: ParseFloat and FormatFloat: formats 'f' 'e' 'g', precision -1 for shortest, bit size 32
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "abc", ".5", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	v := 1234.5678
	for _, fmtc := range []byte{'f', 'e', 'E', 'g', 'G'} {
		fmt.Println(string(fmtc), strconv.FormatFloat(v, fmtc, -1, 64), strconv.FormatFloat(v, fmtc, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(255, 'b', -1, 64), strconv.FormatFloat(1, 'x', -1, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 2))
}
