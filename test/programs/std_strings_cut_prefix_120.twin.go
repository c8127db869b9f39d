// lesson: Go 1.19 twin of std_strings_cut_prefix_120: HasPrefix/TrimPrefix compute the same results
package main

import (
	"fmt"
	"strings"
)

func cutPrefix(s, prefix string) (string, bool) {
	if !strings.HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func cutSuffix(s, suffix string) (string, bool) {
	if !strings.HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func main() {
	for _, s := range []string{"--verbose", "-v", "file.go", "--"} {
		rest, ok := cutPrefix(s, "--")
		fmt.Printf("CutPrefix(%q) = %q, %v\n", s, rest, ok)
	}
	for _, s := range []string{"main.go", "main.go.bak", ".go"} {
		base, ok := cutSuffix(s, ".go")
		fmt.Printf("CutSuffix(%q) = %q, %v\n", s, base, ok)
	}
}
