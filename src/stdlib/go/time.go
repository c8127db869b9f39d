// Package time: durations, the virtual clock, sleeping, timers and tickers,
// and calendar time. Time is virtual: the clock starts at 2009-11-10
// 23:00:00 UTC (as on the Go playground) and advances as the simulated
// machine runs; sleeping takes no real time.
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) String() string

func (d Duration) Nanoseconds() int64   { return int64(d) }
func (d Duration) Microseconds() int64  { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64  { return int64(d) / 1e6 }
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m (halfway values away from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	offset int
}

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local is the system's local time zone: UTC in the simulation (as on the playground).
var Local *Location = &utcLoc

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location { return &Location{name: name, offset: offset} }

// LoadLocation returns the Location with the given name ("UTC" and "Local" only in the simulation).
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

func now() (sec int64, nsec int64, mono int64)

// Now returns the current (virtual) time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec, nsec: nsec, mono: mono, loc: Local}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) Nanosecond() int  { return int(t.nsec) }
func (t Time) IsZero() bool     { return t.sec == 0 && t.nsec == 0 }

// Seconds from January 1, year 1 (where Time's seconds count from) to the Unix epoch.
const unixToInternal int64 = 62135596800

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) UTC() Time   { t.loc = UTC; return t }
func (t Time) Local() Time { t.loc = Local; return t }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

func (t Time) offset() int64 {
	if t.loc == nil {
		return 0
	}
	return int64(t.loc.offset)
}

// abs is t's wall clock in its zone, as seconds since the Unix epoch.
func (t Time) abs() int64 { return t.sec - unixToInternal + t.offset() }

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Overflow saturates at the extreme durations.
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func (t Time) After(u Time) bool  { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }
func (t Time) Equal(u Time) bool  { return t.sec == u.sec && t.nsec == u.nsec }
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Round and Truncate operate on the time as an absolute duration since the zero time.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div returns the remainder of the time since the zero Time divided by d.
func div(t Time, d Duration) (qmod2 int, r Duration) {
	sec := t.sec
	if d%Second == 0 {
		d1 := int64(d / Second)
		return 0, Duration(sec%d1)*Second + Duration(t.nsec)
	}
	total := sec%int64(d)*int64(Second%d) + t.nsec
	return 0, Duration(total % int64(d))
}

// civil returns the calendar fields of t in its location.
func civil(abs int64) (year int, month Month, day int, hour int, min int, sec int, wday Weekday, yday int)

func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _, _, _, _, _ = civil(t.abs())
	return
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, hour, min, sec, _, _ = civil(t.abs())
	return
}

// AddDate returns the time corresponding to adding the given years, months and days to t (normalised as Date does).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// The week's Thursday decides the year.
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	year = th.Year()
	week = (th.YearDay()-1)/7 + 1
	return
}

func (t Time) Year() int          { y, _, _ := t.Date(); return y }
func (t Time) Month() Month       { _, m, _ := t.Date(); return m }
func (t Time) Day() int           { _, _, d := t.Date(); return d }
func (t Time) Hour() int          { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int        { _, m, _ := t.Clock(); return m }
func (t Time) Second() int        { _, _, s := t.Clock(); return s }
func (t Time) Weekday() Weekday   { _, _, _, _, _, _, w, _ := civil(t.abs()); return w }
func (t Time) YearDay() int       { _, _, _, _, _, _, _, yd := civil(t.abs()); return yd + 1 }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	s := daysFromCivil(year, int(month), day)*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	s += int64(nsec / 1e9)
	n := int64(nsec % 1e9)
	if n < 0 {
		n += 1e9
		s--
	}
	return Time{sec: s - int64(loc.offset) + unixToInternal, nsec: n, loc: loc}
}

func daysFromCivil(y, m, d int) int64

func (t Time) Format(layout string) string {
	return format(t.sec-unixToInternal, t.nsec, t.offset(), t.Location().name, layout)
}

func format(unix, nsec, offset int64, zone string, layout string) string

func (t Time) AppendFormat(b []byte, layout string) []byte { return append(b, t.Format(layout)...) }

func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		s += " m=" + monoString(t.mono)
	}
	return s
}

func monoString(m int64) string

func (t Time) GoString() string { return t.String() }

// Zone returns the zone name and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.Location()
	return l.name, l.offset
}

// Layouts (Go 1.20 added DateTime, DateOnly and TimeOnly).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

func quote(s string) string { return "\"" + s + "\"" }

func parse(layout, value string) (sec, nsec, offset int64, zone string, ok bool, layoutElem, valueElem, message string)

// Parse parses a formatted string and returns the time value it represents.
func Parse(layout, value string) (Time, error) {
	sec, nsec, offset, zone, ok, le, ve, msg := parse(layout, value)
	if !ok {
		return Time{}, &ParseError{Layout: layout, Value: value, LayoutElem: le, ValueElem: ve, Message: msg}
	}
	loc := UTC
	if offset != 0 || (zone != "" && zone != "UTC") {
		loc = FixedZone(zone, int(offset))
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: loc}, nil
}

// ParseInLocation is like Parse but differs in two important ways. First, in
// the absence of time zone information, Parse interprets a time as UTC;
// ParseInLocation interprets the time as in the given location. Second, when
// given a zone offset or abbreviation, Parse tries to match it against the
// Local location; ParseInLocation uses the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	if loc == nil {
		panic("time: missing Location in call to ParseInLocation")
	}
	sec, nsec, offset, zone, ok, le, ve, msg := parse(layout, value)
	if !ok {
		return Time{}, &ParseError{Layout: layout, Value: value, LayoutElem: le, ValueElem: ve, Message: msg}
	}
	switch {
	case !layoutHasZone(layout):
		// A wall-clock time in loc.
		return Time{sec: sec - int64(loc.offset) + unixToInternal, nsec: nsec, loc: loc}, nil
	case zone != "" && zone == loc.name:
		// The location's own abbreviation: its offset applies.
		return Time{sec: sec - int64(loc.offset) + unixToInternal, nsec: nsec, loc: loc}, nil
	case zone == "" && int(offset) == loc.offset:
		return Time{sec: sec + unixToInternal, nsec: nsec, loc: loc}, nil
	}
	zl := UTC
	if offset != 0 || (zone != "" && zone != "UTC") {
		zl = FixedZone(zone, int(offset))
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: zl}, nil
}

// layoutHasZone reports whether a layout has a time-zone element (MST, Z07:00, -0700...).
func layoutHasZone(layout string) bool {
	for i := 0; i+3 <= len(layout); i++ {
		switch layout[i : i+3] {
		case "MST", "Z07", "-07":
			return true
		}
	}
	return false
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New("time: " + msg + " " + quote(s))
	}
	return Duration(d), nil
}

func parseDuration(s string) (int64, string)

// ---- timers ----------------------------------------------------------------

func startTimer(d int64, period int64, c chan Time, f func()) int
func stopTimer(id int) bool
func resetTimer(id int, d int64, period int64) bool

// The Timer type represents a single event.
type Timer struct {
	C  <-chan Time
	id int
}

// NewTimer creates a Timer that sends the current time on its channel after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.id = startTimer(int64(d), 0, c, nil)
	return t
}

func (t *Timer) Stop() bool {
	if t.id == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.id)
}

func (t *Timer) Reset(d Duration) bool {
	if t.id == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.id, int64(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.id = startTimer(int64(d), 0, nil, f)
	return t
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C  <-chan Time
	id int
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.id = startTimer(int64(d), int64(d), c, nil)
	return t
}

func (t *Ticker) Stop() { stopTimer(t.id) }

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.id == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.id, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
