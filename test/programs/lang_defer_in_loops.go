// lesson: defers in a loop all run at function exit; wrap the body in a func to run them per iteration
package main

import "fmt"

func whole() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("whole: deferred", i)
		fmt.Println("whole: body", i)
	}
	fmt.Println("whole: loop finished")
}

func perIteration() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("per: deferred", i)
			fmt.Println("per: body", i)
		}()
	}
}

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees i =", i) }()
	}
}

func recoverEach(items []int) {
	for _, it := range items {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("item", it, "failed:", r)
				}
			}()
			fmt.Println("item", it, "result", 100/it)
		}()
	}
}

func main() {
	whole()
	perIteration()
	closures()
	recoverEach([]int{5, 0, 20})
}
