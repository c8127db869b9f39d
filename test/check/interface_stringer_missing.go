package main

import "fmt"

type Temp float64

func main() {
	var s fmt.Stringer = Temp /* ERROR `Temp does not implement fmt.Stringer \(missing String method\)` */ (20)
	_ = s
}
