// lesson: asserting on a nil interface value panics: "interface conversion: interface is nil, not ..."
package main

import (
	"fmt"
	"io"
)

func main() {
	var r io.Reader
	fmt.Println("reader is nil:", r == nil)
	w := r.(io.Writer)
	fmt.Println(w)
}
