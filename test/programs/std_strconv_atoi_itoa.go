// lesson: strconv.Itoa/Atoi and the exact text of their errors
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0)+"!", len(strconv.Itoa(1<<40)))
	for _, s := range []string{"123", "-7", "+8", " 9", "1.5", "", "abc", "99999999999999999999", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("Func:", numErr.Func, "Num:", numErr.Num, "Err:", numErr.Err)
		fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	}
}
