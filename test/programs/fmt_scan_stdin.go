// lesson: fmt.Scan, Scanln and Scanf read typed values from standard input; counts and errors at the end
package main

import "fmt"

func main() {
	var name string
	var age int
	n, err := fmt.Scan(&name, &age)
	fmt.Println(n, err, name, age)
	var a, b float64
	n, err = fmt.Scanf("%f + %f\n", &a, &b)
	fmt.Println(n, err, a+b)
	var w1, w2 string
	n, err = fmt.Scanln(&w1, &w2)
	fmt.Println(n, err, w1, w2)
	var x int
	n, err = fmt.Scanln(&x)
	fmt.Println(n, err, x)
	total := 0
	for {
		var v int
		if _, err := fmt.Scan(&v); err != nil {
			fmt.Println("stopped:", err)
			break
		}
		total += v
	}
	fmt.Println("total", total)
}
