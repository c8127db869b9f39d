package main

func main() {
	x := 1
	x /* ERROR `x \+ 1 \(value of type int\) is not used` */ + 1
	x /* ERROR `x == 2 \(untyped bool value\) is not used` */ == 2
	"hello" /* ERROR `"hello" \(untyped string constant\) is not used` */
}
