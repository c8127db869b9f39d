// lesson: time.Parse with layouts, its error messages, Unix timestamps and zero times
package main

import (
	"fmt"
	"time"
)

func main() {
	t, err := time.Parse("2006-01-02 15:04", "2023-07-14 09:30")
	fmt.Println(t, err)
	t2, err := time.Parse(time.RFC3339, "2021-03-04T05:06:07+02:00")
	fmt.Println(t2.UTC(), err, t2.Unix())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "23-02-01")
	fmt.Println(err)
	_, err = time.Parse("15:04", "25:00")
	fmt.Println(err)
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.Unix(), u.UnixMilli(), u.Weekday())
	fmt.Println(time.Unix(0, 0).UTC(), time.UnixMilli(1500).UTC().Format(time.RFC3339Nano))
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(d.Sub(zero), d.YearDay(), d.Weekday(), d.Month())
	yr, wk := d.ISOWeek()
	fmt.Println("ISO week", yr, wk)
	loc := time.FixedZone("XYZ", -5*3600)
	fmt.Println(d.In(loc), d.In(loc).Format(time.RFC822Z))
}
