// lesson: a struct value implementing error is printed through Error(), avoiding an address dump
package main

type ValidationError struct {
	Field string
	Limit int
}

func (v ValidationError) Error() string {
	return "field " + v.Field + " exceeds limit"
}

func validate(n int) {
	if n > 10 {
		panic(ValidationError{"size", 10})
	}
}

func main() {
	validate(3)
	validate(11)
}
