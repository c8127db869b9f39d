// lesson: time.Duration prints in the largest sensible units: 1h2m3s, 1.5s, 250ms, 1µs, 0s
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Microsecond * 1500, 250 * time.Millisecond,
		time.Second, 1500 * time.Millisecond, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second,
		100 * time.Hour, -2500 * time.Millisecond, time.Duration(1<<63 - 1), time.Duration(-1 << 63),
		61*time.Minute + 500*time.Millisecond}
	for _, d := range ds {
		fmt.Printf("%d -> %v\n", int64(d), d)
	}
	fmt.Println(time.Duration(3).String(), time.Minute.Seconds(), time.Hour.Minutes(), (1500 * time.Millisecond).Seconds())
	fmt.Println((90 * time.Minute).Hours(), (2 * time.Second).Milliseconds(), (3 * time.Millisecond).Microseconds(), time.Second.Nanoseconds())
	fmt.Printf("%s %d %.1f %T\n", time.Second, time.Second, time.Second.Seconds(), time.Second)
}
