// lesson: Go 1.20 layout constants time.DateTime, time.DateOnly and time.TimeOnly
// gosim-flags: --go-version 1.20
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 9, 7, 8, 9, 0, time.UTC)
	fmt.Println(t.Format(time.DateTime))
	fmt.Println(t.Format(time.DateOnly))
	fmt.Println(t.Format(time.TimeOnly))
	p, err := time.Parse(time.DateOnly, "2024-12-25")
	fmt.Println(p.Weekday(), err)
	fmt.Println(time.DateTime, time.DateOnly, time.TimeOnly)
}
