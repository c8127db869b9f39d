// lesson: := inside an if/for block declares a new err that shadows the outer one
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(items []string) (total int, err error) {
	for _, s := range items {
		n, err := strconv.Atoi(s) // shadows the named result
		if err != nil {
			fmt.Println("  inner err:", err)
			continue
		}
		total += n
	}
	return total, err
}

func parseAllFixed(items []string) (total int, err error) {
	for _, s := range items {
		var n int
		n, err = strconv.Atoi(s)
		if err != nil {
			return total, fmt.Errorf("item %q: %w", s, err)
		}
		total += n
	}
	return total, nil
}

func main() {
	t, err := parseAll([]string{"1", "x", "3"})
	fmt.Println("shadowed:", t, err)
	t, err = parseAllFixed([]string{"1", "x", "3"})
	fmt.Println("fixed:", t, err, errors.Is(err, strconv.ErrSyntax))
	var e error = errors.New("outer")
	if e := errors.New("inner"); e != nil {
		fmt.Println("if-scope:", e)
	}
	fmt.Println("after if:", e)
}
