// lesson: time.Parse and ParseDuration, Truncate and Round of times and durations, Sub, Add, Before/After/Equal
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{time.RFC3339, "2021-03-04T05:06:07Z"},
		{time.RFC3339, "2021-03-04T05:06:07+02:00"},
		{"2006-01-02", "2021-13-01"},
		{"2006-01-02 15:04", "2021-07-08 9:30"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"},
		{"02 Jan 06 15:04", "31 Dec 99 23:59"},
		{"2006-01-02", "not a date"},
	} {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t, t.UTC())
	}
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2h45m", "1us", "10", "3x"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	t := time.Date(2020, 5, 17, 14, 37, 52, 600_000_000, time.UTC)
	for _, d := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(d, t.Truncate(d).Format("15:04:05"), t.Round(d).Format("2006-01-02 15:04:05"))
	}
	d := 1234567890 * time.Nanosecond
	fmt.Println(d, d.Truncate(time.Millisecond), d.Round(time.Millisecond), d.Round(time.Hour), d.Seconds(), d.Milliseconds(), d.Microseconds())
	fmt.Println((90 * time.Minute).Hours(), (90 * time.Second).Minutes(), time.Duration(1<<63-1))
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.UTC()))
	fmt.Println(t.AddDate(1, 1, 1), u.YearDay())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	local, err := time.ParseInLocation("2006-01-02 15:04", "2022-01-01 12:00", time.FixedZone("X", 3600))
	fmt.Println(local, err)
	fmt.Println(time.Duration(0), time.Duration(-1), 2*time.Hour+3*time.Millisecond)
}
