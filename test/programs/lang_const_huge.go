// lesson: untyped constants are exact: huge intermediate values are fine if the result fits
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
)

func main() {
	fmt.Println("1<<100>>98 =", Small)
	fmt.Println("Big/Big*7 =", Big/Big*7)
	fmt.Println("(1<<64 - 1) as uint64 =", uint64(1<<64-1))
	fmt.Println("Huge as float64 =", float64(Huge))
	fmt.Println("Third*3 == 1 exactly:", Third*3 == 1)
	x := 1.0 / 3
	fmt.Println("runtime x*3 == 1:", x*3 == 1)
	const c = 'a' + 1
	fmt.Printf("'a'+1 = %v (%T), as string %q\n", c, c, string(rune(c)))
	const f = 5 / 2
	const g = 5 / 2.0
	fmt.Println("5/2 =", f, "5/2.0 =", g)
	var i8 int8 = Big >> 94
	fmt.Println("int8 from Big>>94:", i8)
	const mask = ^uint32(0)
	fmt.Println("^uint32(0) =", mask)
	fmt.Println("1e3 as int:", int(1e3), "float 2^53+1:", float64(1<<53+1))
}
