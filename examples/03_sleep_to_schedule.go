// Lesson: sleep to schedule (from the seed lesson, line 162).
// The seed's snippet forgets `import "time"`; as printed, Go rejects it with `undefined: time`.
package main

import (
    "fmt"
    "time"
)

func printHello(){
    fmt.Println("Hello World!")
}

func main() {
    fmt.Println("main execution started")

    go printHello()

    // schedule another goroutine
    time.Sleep(10 * time.Millisecond)
    fmt.Println("main execution stopped")
}
