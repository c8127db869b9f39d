// lesson: Go 1.20 strings.CutPrefix and CutSuffix return the rest and whether the affix was there
// gosim-flags: --go-version 1.20
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"--verbose", "-v", "file.go", "--"} {
		rest, ok := strings.CutPrefix(s, "--")
		fmt.Printf("CutPrefix(%q) = %q, %v\n", s, rest, ok)
	}
	for _, s := range []string{"main.go", "main.go.bak", ".go"} {
		base, ok := strings.CutSuffix(s, ".go")
		fmt.Printf("CutSuffix(%q) = %q, %v\n", s, base, ok)
	}
}
