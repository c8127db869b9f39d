package main

import (
	"cmp" /* ERROR "package cmp is not in GOROOT" */
	"fmt"
	"iter" /* ERROR "package iter is not in GOROOT" */
	"maps" /* ERROR "package maps is not in GOROOT" */
	"slices" /* ERROR "package slices is not in GOROOT" */
)

// The go command stops at imports it cannot find: nothing below is reported.
func main() {
	fmt.Println(slices.Max([]int{1}), undefinedName)
	var _ iter.Seq[int]
	_ = cmp.Compare(1, 2)
	_ = maps.Clone(map[int]int{})
}
