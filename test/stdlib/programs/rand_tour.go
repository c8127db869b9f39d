// lesson: package math/rand (Go 1.19): seeded sequences, the default source seeded with 1, every method
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Int63(), rand.Float64(), rand.Perm(5))
	for _, seed := range []int64{1, 42, -7, 1 << 40} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int(), r.Int31(), r.Uint32(), r.Uint64(), r.Int63n(1000), r.Int31n(7), r.Intn(1<<40))
		fmt.Println("  ", r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64(), r.Perm(8))
		cards := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
		r.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
		p := make([]byte, 10)
		r.Read(p)
		fmt.Println("  ", cards, p)
		sum := 0.0
		for i := 0; i < 1000; i++ {
			sum += r.NormFloat64()
		}
		fmt.Println("  ", sum)
	}
	rand.Seed(7)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(10))
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
