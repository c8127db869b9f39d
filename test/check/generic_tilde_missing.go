package main

type Ints interface{ int | int64 }

func Double[T Ints](x T) T { return x * 2 }

type MyInt int

func main() {
	_ = Double(3)
	_ = Double( /* ERROR `MyInt does not implement Ints \(possibly missing ~ for int in constraint Ints\)` */ MyInt(3))
}
