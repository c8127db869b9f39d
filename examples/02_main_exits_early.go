// Lesson: main exits early (from the seed lesson, line 129).
package main

import "fmt"

func printHello(){
    fmt.Println("Hello World!")
}

func main() {
    fmt.Println("main execution started")

    go printHello()

    fmt.Println("main execution stopped")
}
