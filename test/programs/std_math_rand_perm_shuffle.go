// lesson: seeded rand.Perm and Shuffle produce reproducible permutations
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Perm(10))
	deck := []string{"A", "2", "3", "4", "5", "6", "7", "8"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(0), r.Perm(1))
	s := rand.New(rand.NewSource(99))
	word := []byte("gopher")
	s.Shuffle(len(word), func(i, j int) { word[i], word[j] = word[j], word[i] })
	fmt.Println(string(word))
}
