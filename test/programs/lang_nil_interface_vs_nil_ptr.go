// lesson: an interface holding a nil pointer is not nil; returning a typed nil error is a classic bug
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // typed nil when !fail
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println("err == nil:", err == nil)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println("correct(false) == nil:", correct(false) == nil)
	var e error
	fmt.Printf("%T %v\n", e, e)
	var p *MyErr
	var i interface{} = p
	fmt.Println(i == nil, i == (*MyErr)(nil), p == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
	fmt.Println(mayFail(true))
}
