// lesson: panic with a value whose type has a String method prints the String() result
package main

type Status string

func (s Status) String() string { return "status:" + string(s) }

func main() {
	panic(Status("degraded"))
}
