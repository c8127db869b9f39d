// Package time: durations, the virtual clock, sleeping and timers. Time is
// virtual: it starts at 2009-11-10 23:00:00 UTC and advances as the simulated
// machine runs.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func Sleep(d Duration)
