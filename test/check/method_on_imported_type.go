package main

import "time"

func (t /* ERROR "cannot define new methods on non-local type time.Time" */ time.Time) Tomorrow() time.Time {
	return t.Add(24 * time.Hour)
}

func main() {}
