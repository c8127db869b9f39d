// lesson: widths count runes, not bytes or display cells; building aligned tables with padding
package main

import "fmt"

func main() {
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"crème", 12, 2.25}, {"日本茶", 1, 10}}
	fmt.Printf("%-8s|%5s|%8s|\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-8s|%5d|%8.2f|\n", r.name, r.qty, r.price)
	}
	fmt.Printf("[%3s][%-3s][%03d][%+05d][%x]\n", "ü", "ü", -5, 5, "ü")
	fmt.Printf("[%6.2s][%-6.4s]\n", "日本語です", "héllo")
	fmt.Printf("[%c][%3c][%-3c]\n", 'é', 'é', 'é')
	fmt.Printf("[%5q][%-5q]\n", "a", 'b')
	fmt.Printf("[%5v][%-5v][%05v]\n", true, nil, 42)
	fmt.Printf("[%7v][%-7v]\n", []int{1, 2}, map[string]int{"a": 1})
}
