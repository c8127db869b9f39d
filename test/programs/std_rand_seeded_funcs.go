// lesson: math/rand with a fixed seed is reproducible: Intn, Float64, Perm, Shuffle and a private *rand.Rand
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
	fmt.Println(r.Int63(), r.Int31n(10), r.Uint32(), r.Int63n(1000))
	fmt.Printf("%.6f %.6f %.6f\n", r.Float64(), r.Float32(), r.NormFloat64())
	fmt.Printf("%.6f\n", r.ExpFloat64())
	fmt.Println(r.Perm(8))
	words := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Intn(100))
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000))
	buf := make([]byte, 6)
	r.Read(buf)
	fmt.Println(buf)
	fmt.Println(r.Uint64(), r.Int())
}
