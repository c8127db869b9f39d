// lesson: []byte prints as numbers with %v but as text with %s/%q and as hex with %x
package main

import "fmt"

type Data []byte

func main() {
	b := []byte("Go!\n")
	fmt.Printf("%v\n%s\n%q\n%x\n% x\n%X\n%#x\n% #x\n", b, b, b, b, b, b, b, b)
	fmt.Println(b)
	fmt.Printf("%d\n", b)
	fmt.Printf("%T %v %s\n", Data("ab"), Data("ab"), Data("ab"))
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%v %s %x\n", arr, arr, arr)
	var nb []byte
	fmt.Printf("[%v][%s][%q][%x]\n", nb, nb, nb, nb)
	fmt.Printf("%#v %#v\n", b, nb)
	fmt.Printf("%08b\n", b[:2])
	fmt.Printf("%5s|%-5x|\n", []byte("ab"), []byte("ab"))
}
