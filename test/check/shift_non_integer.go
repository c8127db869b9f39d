package main

func main() {
	f := 1.5
	_ = f /* ERROR `shifted operand f \(variable of type float64\) must be integer` */ << 1
	n := 2
	_ = n >> 1.5 /* ERROR `1.5 \(untyped float constant\) truncated to uint` */
}
