// lesson: a goroutine reads standard input and hands each line to workers over a channel; EOF closes the pipeline
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

func main() {
	lines := make(chan string)
	go func() {
		defer close(lines)
		r := bufio.NewReader(os.Stdin)
		for {
			s, err := r.ReadString('\n')
			if s = strings.TrimSpace(s); s != "" {
				lines <- s
			}
			if err != nil {
				return
			}
		}
	}()

	results := make([]int, 0)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lines {
				sum := 0
				for _, f := range strings.Fields(l) {
					n, err := strconv.Atoi(f)
					if err != nil {
						continue
					}
					sum += n
				}
				mu.Lock()
				results = append(results, sum)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println(len(results), "lines summed, total", total)
}
