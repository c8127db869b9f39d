// lesson: time.Format with reference-time layouts, the predefined layouts, and time.Date normalisation
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC822, time.Kitchen, time.ANSIC,
		time.UnixDate, time.Stamp, time.StampMilli,
		"2006-01-02", "02/01/06 15:04", "Jan _2 2006", "Monday, January 2", "3:04PM", "15:04:05.000",
		"2006-01-02T15:04:05.999999", "Mon Jan 2 '06", "Z07:00 MST", "__2 002", ".00 .999", "pm PM",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	n := time.Date(2023, 2, 31, 25, 61, 0, 0, time.UTC)
	fmt.Println(n)
	m := time.Date(2024, 0, 0, 0, 0, 0, 0, time.UTC)
	fmt.Println(m, m.Month(), time.Month(13))
	fmt.Println(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, -1).Format("Jan 2"))
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC3339))
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano())
	fmt.Println(time.Unix(0, 0).UTC(), time.UnixMilli(1700000000000).UTC())
	fmt.Println(t.AppendFormat([]byte("when: "), "2006-01-02 15:04:05"))
}
