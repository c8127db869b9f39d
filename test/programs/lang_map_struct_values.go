// lesson: map values are not addressable: copy, modify, store back (or store pointers)
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accts := map[string]Account{"a": {"ann", 10}}
	acc := accts["a"]
	acc.Balance += 5
	fmt.Println(accts["a"].Balance, acc.Balance)
	accts["a"] = acc
	fmt.Println(accts["a"].Balance)
	ptrs := map[string]*Account{"b": {"bob", 1}}
	ptrs["b"].Balance *= 100
	fmt.Println(*ptrs["b"])
	slices := map[string][]int{"x": {1, 2}}
	slices["x"][0] = 9 // the slice header is copied, the array is shared
	fmt.Println(slices)
	arrs := map[string][2]int{"y": {1, 2}}
	arr := arrs["y"]
	arr[0] = 9
	fmt.Println(arrs, arr)
	counters := map[string]int{}
	counters["hits"]++
	counters["hits"] += 2
	fmt.Println(counters)
}
