// lesson: io/ioutil, the pre-Go 1.16 helpers older lessons use: ReadAll, Discard, NopCloser, ReadFile errors
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"strings"
)

func main() {
	data, err := ioutil.ReadAll(strings.NewReader("read it all"))
	fmt.Println(string(data), err)
	n, _ := io.Copy(ioutil.Discard, strings.NewReader("thrown away"))
	fmt.Println(n)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	_, err = ioutil.ReadFile("/no/such/file.txt")
	fmt.Println(err != nil, errors.Is(err, fs.ErrNotExist))
}
