// Lesson: function call (from the seed lesson, line 108).
package main

import "fmt"

func printHello(){
    fmt.Println("Hello World!")
}

func main() {
    fmt.Println("main execution started")

    printHello()

    fmt.Println("main execution stopped")
}
