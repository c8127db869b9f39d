// lesson: ParseInt/ParseUint with bases and bit sizes; range errors return the clamped value
package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"z", 36, 64}, {"0x1f", 0, 64},
		{"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64},
		{"128", 10, 8}, {"-129", 10, 8}, {"9223372036854775808", 10, 64}, {"12", 1, 64}, {"12", 37, 64}, {"", 10, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615"} {
		u, err := strconv.ParseUint(s, 10, 8)
		fmt.Printf("ParseUint(%q, 10, 8) = %d, %v\n", s, u, err)
	}
}
