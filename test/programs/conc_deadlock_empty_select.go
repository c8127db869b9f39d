// lesson: an empty select{} blocks forever; with no other goroutines it is a deadlock
package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}
