// lesson: reading standard input line by line with bufio.Scanner, then word by word; counting words
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	lines := 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		words := bufio.NewScanner(strings.NewReader(line))
		words.Split(bufio.ScanWords)
		for words.Scan() {
			counts[strings.ToLower(strings.Trim(words.Text(), ".,!"))]++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	var ws []string
	for w := range counts {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if counts[ws[i]] != counts[ws[j]] {
			return counts[ws[i]] > counts[ws[j]]
		}
		return ws[i] < ws[j]
	})
	fmt.Println(lines, "lines,", len(ws), "distinct words")
	for _, w := range ws[:5] {
		fmt.Printf("%-6s %d\n", w, counts[w])
	}
}
