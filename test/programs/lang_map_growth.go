// lesson: a map grows, empties and refills: many keys, deletes during range, large integer keys, -0 and NaN float keys
package main

import (
	"fmt"
	"math"
	"strconv"
)

type point struct{ x, y int }

func main() {
	// Growth through many resizes: every key is still found.
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*7919%100003] = i
	}
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += m[i*7919%100003]
	}
	fmt.Println("grown:", len(m), sum)

	// Delete half, then put some back.
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7919%100003)
	}
	_, ok := m[0]
	fmt.Println("halved:", len(m), ok)
	for i := 0; i < 1000; i += 2 {
		m[i*7919%100003] = -i
	}
	v, ok := m[2*7919%100003]
	fmt.Println("refilled:", len(m), v, ok)

	// A map whose keys come and go keeps only the live ones.
	c := map[int]int{}
	for i := 0; i < 100000; i++ {
		c[i] = i
		delete(c, i-3)
	}
	fmt.Println("sliding:", len(c), c)

	// Range deleting each key and its partner: each pair is visited once.
	p := map[int]bool{}
	for i := 0; i < 1000; i++ {
		p[i] = true
	}
	visited := 0
	for k := range p {
		visited++
		delete(p, k)
		delete(p, k^1)
	}
	fmt.Println("range with deletes:", visited, len(p))

	// Integer keys about 2^53 and at the ends of the range.
	big := map[int64]string{}
	for _, k := range []int64{1<<53 - 1, 1 << 53, 1<<53 + 1, -(1 << 53), -(1 << 53) - 1, math.MaxInt64, math.MinInt64, 0, -1, 1 << 32, -(1 << 31)} {
		big[k] = strconv.FormatInt(k, 10)
	}
	big[1<<53+1] = "again"
	delete(big, -(1<<53)-1)
	fmt.Println(len(big), big[1<<53+1], big[math.MinInt64], big[1<<53])
	fmt.Println(big)
	u := map[uint64]int{math.MaxUint64: 1, 1 << 63: 2, 1 << 53: 3, 1<<53 + 1: 4, 1<<53 - 1: 5}
	u[math.MaxUint64] += 10
	fmt.Println(u, u[1<<53+1], u[1<<53+2])

	// Float keys: -0 and 0 are one key (the last stored is kept); NaN is never found.
	f := map[float64]int{}
	f[math.Copysign(0, -1)] = 1
	fmt.Println(f, len(f))
	f[0] = 2
	fmt.Println(f, len(f))
	f[math.Copysign(0, -1)] = 3
	fmt.Println(f, len(f), f[0])
	f[math.NaN()] = 4
	f[math.NaN()] = 4
	_, ok = f[math.NaN()]
	delete(f, math.NaN())
	fmt.Println(len(f), ok)
	nans := 0
	for k, v := range f {
		if k != k {
			nans += v
		}
	}
	f[1.5] = 6
	f[-2.25] = 7
	f[math.Inf(1)] = 8
	f[1e300] = 9
	f[5e-324] = 10
	fmt.Println(nans, f)
	delete(f, 0)
	fmt.Println(f)

	// String keys: many, with deletes and re-inserts; the empty string; bytes that are not UTF-8.
	s := map[string]int{}
	for i := 0; i < 50000; i++ {
		s[strconv.Itoa(i)] = i
	}
	for i := 0; i < 50000; i += 3 {
		delete(s, strconv.Itoa(i))
	}
	for i := 0; i < 50000; i += 6 {
		s[strconv.Itoa(i)] = -i
	}
	total := 0
	for _, v := range s {
		total += v
	}
	_, has3 := s["3"]
	fmt.Println(len(s), total, s["6"], has3, s[""])
	s[""] = 7
	s["\xff\x00"] = 8
	s["\x00"] = 9
	fmt.Println(s[""], s["\xff\x00"], s["\x00"], s["\xff"], len(s))

	// Other key types.
	b := map[bool]int{true: 1, false: 2}
	delete(b, true)
	b[false]++
	fmt.Println(b)
	r := map[rune]int{'a': 1, 'é': 2, -1: 3}
	fmt.Println(r)
	i8 := map[int8]int{-128: 1, 127: 2, 0: 3}
	fmt.Println(i8)
	pts := map[point]string{{1, 2}: "a", {2, 1}: "b"}
	pts[point{1, 2}] = "c"
	delete(pts, point{2, 1})
	fmt.Println(pts, len(pts))
	any := map[interface{}]int{1: 1, "1": 2, 1.0: 3, int64(1): 4, point{1, 1}: 5}
	any[1] += 10
	fmt.Println(len(any), any[1], any["1"], any[1.0], any[int64(1)], any[point{1, 1}], any[2])
}
