// lesson: type switches: several types per case keep the interface type, nil case, default
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of type %T", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape with area %.1f", x.Area())
	case []int:
		return fmt.Sprint("slice sum ", x[0]+x[1])
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var ip *int
	vals := []interface{}{nil, 3, int64(4), "héllo", errors.New("boom"), Square{3}, []int{1, 2},
		func() int { return 9 }, 2.5, ip, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
