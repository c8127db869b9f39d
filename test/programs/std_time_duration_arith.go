// lesson: Duration arithmetic, Truncate and Round, ParseDuration and its error text
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2*time.Hour + 45*time.Minute + 30*time.Second + 750*time.Millisecond
	fmt.Println(d, d*2, d/3, d-time.Hour, -d)
	for _, m := range []time.Duration{time.Second, time.Minute, time.Hour, 0, -time.Minute} {
		fmt.Printf("Truncate(%v)=%v Round(%v)=%v\n", m, d.Truncate(m), m, d.Round(m))
	}
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (2500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second))
	for _, s := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "2us", "2µs", "1d", "", "10"} {
		p, err := time.ParseDuration(s)
		fmt.Printf("ParseDuration(%q) = %v, %v\n", s, p, err)
	}
	n := 3
	fmt.Println(time.Duration(n)*time.Second, time.Second*time.Duration(n), d.Abs())
	fmt.Println(time.Duration(1e9).Minutes(), int(d/time.Minute), d%time.Minute)
}
