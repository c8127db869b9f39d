// A lesson whose package clause went missing.

import "fmt"

func main() {
	fmt.Println("hello")
}
