// lesson: panicking with an error value prints the text of its Error method
package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	File string
	Line int
}

func (e *ConfigError) Error() string { return fmt.Sprintf("%s:%d: invalid setting", e.File, e.Line) }

func load(name string) error { return &ConfigError{name, 12} }

func main() {
	if err := load("app.conf"); err != nil {
		fmt.Fprintln(os.Stderr, "loading failed, giving up")
		panic(err)
	}
}
