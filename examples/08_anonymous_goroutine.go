// Lesson: anonymous goroutine (from the seed lesson, line 345).
// The seed's snippet forgets `import "time"`; as printed, Go rejects it with `undefined: time`.
package main

import (
    "fmt"
    "time"
)

func main() {
    fmt.Println("main execution started")

    go func() {
        fmt.Println("Hello World!")
    }()

    // schedule another goroutine
    time.Sleep(10 * time.Millisecond)
    fmt.Println("main execution stopped")
}
