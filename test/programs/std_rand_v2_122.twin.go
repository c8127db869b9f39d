// lesson: Go 1.19 twin of std_rand_v2_122: the same bound checks with math/rand
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"time"
)

func main() {
	r := rand.New(rand.NewSource(12))
	inRange := true
	for i := 0; i < 1000; i++ {
		v := r.Intn(10)
		if v < 0 || v >= 10 {
			inRange = false
		}
	}
	fmt.Println("IntN(10) always in [0,10):", inRange)
	d := time.Duration(rand.Int63n(int64(5 * time.Second)))
	fmt.Println("N(5s) in range:", d >= 0 && d < 5*time.Second)
	f := r.Float64()
	fmt.Println("Float64 in [0,1):", f >= 0 && f < 1)
	p := r.Perm(6)
	sort.Ints(p)
	fmt.Println("sorted Perm(6):", p)
	u := uint32(rand.Int31n(3))
	fmt.Println("Uint32N(3) < 3:", u < 3)
}
