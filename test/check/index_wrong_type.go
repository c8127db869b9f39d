package main

func main() {
	s := []int{1, 2}
	_ = s[1.5 /* ERROR `1.5 \(untyped float constant\) truncated to int` */ ]
	m := map[string]int{}
	_ = m[1 /* ERROR `cannot use 1 \(untyped int constant\) as string value in map index` */ ]
	var p *[]int
	_ = p[ /* ERROR `cannot index p \(variable of type \*\[\]int\)` */ 0]
}
