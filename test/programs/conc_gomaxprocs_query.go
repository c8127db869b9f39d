// lesson: runtime.GOMAXPROCS(0) reports the setting without changing it; NumCPU is the machine's
package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS:", n)
	prev := runtime.GOMAXPROCS(2)
	fmt.Println("previous:", prev, "now:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == n, "NumCPU >= 1:", runtime.NumCPU() >= 1)
}
