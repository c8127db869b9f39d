// lesson: shadowing: inner declarations hide outer ones in blocks, if/switch/for headers and closures
package main

import (
	"errors"
	"fmt"
)

var x = "package"

func lookup(k string) (string, error) {
	if k == "" {
		return "", errors.New("empty key")
	}
	return "v:" + k, nil
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 42; x > 40 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("unreached", y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := len(x); {
	case x > 3:
		fmt.Println("switch", x)
	}
	var err error
	if v, err := lookup(""); err != nil {
		fmt.Println("inner err:", err, v == "")
	}
	fmt.Println("outer err still nil:", err == nil)
	v, err := lookup("k")
	fmt.Println(v, err)
	f := func() {
		x := "closure"
		fmt.Println(x)
	}
	f()
	fmt.Println(x)
	type int32 = string
	var s int32 = "shadowed type name"
	fmt.Println(s)
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	nil := 5
	fmt.Println(nil)
}
