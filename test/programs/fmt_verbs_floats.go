// lesson: float verbs %e %E %f %F %g %G %v with precision, width and flags
package main

import "fmt"

func main() {
	f := 1234.5678
	fmt.Printf("%v|%e|%E|%f|%F|%g|%G\n", f, f, f, f, f, f, f)
	fmt.Printf("%.2f|%8.2f|%-8.2f|%08.2f|%+.1f|% .1f\n", f, f, f, f, f, f)
	fmt.Printf("%.3e|%.0f|%.0e|%#.0f|%#g\n", f, f, f, f, f)
	fmt.Printf("%g|%g|%g|%g|%g\n", 100000.0, 1000000.0, 1e21, 1e-4, 1e-5)
	fmt.Printf("%v|%v|%v|%v\n", 1e20, 1e21, 0.000001, 0.0000001)
	fmt.Printf("%.3g|%.10g|%.1g|%g\n", f, f, 0.15, float32(0.1))
	fmt.Printf("%6.2f|%-10.3e|%+g\n", 3.14159, 0.000123, 2.0)
	fmt.Printf("%v %v %v\n", 2.0, 2.5, float32(2.5))
	fmt.Printf("%.2f %.2f %.2f %.2f\n", 2.675, 1.005, 0.125, 0.375)
	fmt.Printf("%x %X\n", 1.0, 3.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%5.1f%%\n", 99.44)
	fmt.Println(3.0, 1e6, 1e-7, 123456789.0, 12345678.0)
}
