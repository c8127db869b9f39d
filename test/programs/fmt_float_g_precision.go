// lesson: %g picks %e or %f by exponent; precision means significant digits; %v uses shortest repr
package main

import "fmt"

func main() {
	vals := []float64{0, 1, 0.1, 123456, 1234567, 12345678, 1e20, 1e21, 0.0001, 0.00001, 1.0 / 3, 2.0 / 3 * 1e-10}
	for _, v := range vals {
		fmt.Printf("%-24v %-14g %-10.3g %-12.2e %.4f\n", v, v, v, v, v)
	}
	for _, v := range []float32{0.1, 1.0 / 3, 16777217, 1e10} {
		fmt.Printf("%v %g %.10g %v\n", v, v, v, float64(v))
	}
	fmt.Printf("%#.3g|%#g|%#v\n", 1.0, 100000.0, 1.0)
	fmt.Printf("%#v %#v %#v\n", 1e6, 1e21, 0.5)
}
