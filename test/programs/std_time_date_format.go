// lesson: time.Date in UTC, Format with several layouts, Add/Sub/AddDate, Weekday and YearDay
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 21, 5, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), "|", t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.RFC1123), "|", t.Format(time.Kitchen), "|", t.Format(time.ANSIC))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), "|", t.Format("Jan _2 06 3:04PM"), "|", t.Format("Monday, 02-Jan-06"))
	fmt.Println(t.Format("20060102"), t.Format(".999"), t.Format("MST -0700 Z07:00"))
	next := t.Add(3 * time.Hour)
	fmt.Println(next, next.Weekday(), next.YearDay())
	fmt.Println(t.AddDate(0, 0, 2).Format("2006-01-02"), t.AddDate(0, 1, 3).Format("2006-01-02"), t.AddDate(1, 0, 1).Format("2006-01-02"))
	later := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	diff := later.Sub(t)
	fmt.Println(diff, diff.Hours(), later.After(t), t.Before(later), t.Equal(t.Add(0)))
	y, m, d := t.Date()
	fmt.Println(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), int(m))
	fmt.Println(time.Date(2023, 13, 32, 25, 61, 0, 0, time.UTC))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Minute).Format("15:04:05"))
}
