// lesson: Go 1.22 math/rand/v2: PCG sequences and every method of a seeded Rand
// gosim-flags: --go-version 1.22
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.NewPCG(1, 2)
	for i := 0; i < 3; i++ {
		fmt.Printf("%#x\n", p.Uint64())
	}
	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r.IntN(100), r.IntN(100), r.Int64(), r.Uint32(), r.Int32N(10), r.Uint64N(1<<50), r.UintN(3))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64(), r.Perm(6))
	x := []int{1, 2, 3, 4, 5}
	r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x)
	b, _ := p.MarshalBinary()
	fmt.Println(b)
	v := rand.N(10)
	fmt.Println(v >= 0 && v < 10)
	defer func() { fmt.Println("recovered:", recover()) }()
	r.IntN(0)
}
