// lesson: Go 1.22 math/rand/v2: IntN, N and Perm stay within their bounds (values themselves not printed)
// gosim-flags: --go-version 1.22
package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	inRange := true
	for i := 0; i < 1000; i++ {
		v := r.IntN(10)
		if v < 0 || v >= 10 {
			inRange = false
		}
	}
	fmt.Println("IntN(10) always in [0,10):", inRange)
	d := rand.N(5 * time.Second)
	fmt.Println("N(5s) in range:", d >= 0 && d < 5*time.Second)
	f := r.Float64()
	fmt.Println("Float64 in [0,1):", f >= 0 && f < 1)
	p := r.Perm(6)
	sort.Ints(p)
	fmt.Println("sorted Perm(6):", p)
	u := rand.Uint32N(3)
	fmt.Println("Uint32N(3) < 3:", u < 3)
}
