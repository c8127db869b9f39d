// lesson: math/rand with a fixed seed gives the same sequence every run: Intn, Int63, Float64
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31n(10), r.Uint32())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	r2 := rand.New(rand.NewSource(42))
	fmt.Println("same seed, same first value:", r2.Intn(100))
	r3 := rand.New(rand.NewSource(7))
	counts := make([]int, 6)
	for i := 0; i < 600; i++ {
		counts[r3.Intn(6)]++
	}
	fmt.Println(counts)
	fmt.Println(r3.Int63n(1000000), r3.Int())
	fmt.Printf("%.4f\n", r3.NormFloat64())
}
