// lesson: Go 1.19 twin of std_time_dateonly_120: the same layouts spelled out
package main

import (
	"fmt"
	"time"
)

const (
	DateTime = "2006-01-02 15:04:05"
	DateOnly = "2006-01-02"
	TimeOnly = "15:04:05"
)

func main() {
	t := time.Date(2023, time.March, 9, 7, 8, 9, 0, time.UTC)
	fmt.Println(t.Format(DateTime))
	fmt.Println(t.Format(DateOnly))
	fmt.Println(t.Format(TimeOnly))
	p, err := time.Parse(DateOnly, "2024-12-25")
	fmt.Println(p.Weekday(), err)
	fmt.Println(DateTime, DateOnly, TimeOnly)
}
