// lesson: a matrix of flags on %d, %x and %o for positive, negative and zero values
package main

import "fmt"

func main() {
	formats := []string{"%d", "%+d", "% d", "%6d", "%-6d|", "%06d", "%+06d", "% 06d", "%x", "%#x", "%#6x", "%#-6x|", "%#06x", "% x", "%+x", "%o", "%#o", "%O", "%.3d", "%6.3d", "%-6.3d|", "%06.3d"}
	for _, f := range formats {
		fmt.Printf("%-8s", f)
		for _, v := range []int{42, -42, 0} {
			fmt.Printf(" ["+f+"]", v)
		}
		fmt.Println()
	}
}
