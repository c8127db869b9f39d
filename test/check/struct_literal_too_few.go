package main

type Point struct{ X, Y, Z int }

func main() {
	_ = Point{1, 2} /* ERROR `too few values in Point\{…\}` */
}
