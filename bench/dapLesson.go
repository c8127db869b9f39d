package main

import (
	"fmt"
	"time"
)

func getChars(s string) {
	for _, c := range s {
		fmt.Printf("%s ", c)
	}
}

func getDigits(s []int) {
	for _, d := range s {
		fmt.Printf("%d ", d)
	}
}

func main() {
	fmt.Println("main execution started")
	go getChars("Hello")
	go getDigits([]int{1, 2, 3, 4, 5})
	time.Sleep(time.Millisecond)
	fmt.Println("main execution stopped")
}
