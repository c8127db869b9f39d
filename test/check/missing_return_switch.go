package main

func kind(x int) string {
	switch {
	case x > 0:
		return "pos"
	case x < 0:
		return "neg"
	}
} /* ERROR "missing return" */

func main() { _ = kind(0) }
