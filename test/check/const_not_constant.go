package main

func compute() int { return 4 }

func main() {
	const a = compute /* ERROR `compute\(\) \(value of type int\) is not constant` */ ()
	s := []int{1}
	const b = len /* ERROR `len\(s\) \(value of type int\) is not constant` */ (s)
	_, _ = a, b
}
