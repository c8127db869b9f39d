// lesson: fmt.Append, Appendf and Appendln (new in Go 1.19) append formatted text to a byte slice
package main

import "fmt"

func main() {
	buf := []byte("log:")
	buf = fmt.Append(buf, " n=", 3, 4)
	buf = fmt.Appendf(buf, " [%05.1f]", 3.14159)
	buf = fmt.Appendln(buf, " end", true)
	fmt.Printf("%q\n", buf)
	var out []byte
	for i := 0; i < 3; i++ {
		out = fmt.Appendf(out, "%d,", i*i)
	}
	fmt.Println(string(out), len(out))
}
