// lesson: log.Panic logs the message and then panics with it; a deferred recover can catch it
package main

import (
	"fmt"
	"log"
	"os"
)

func risky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	log.Panicln("something", "broke")
	return nil
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	fmt.Printf("%q\n", risky())
	log.SetOutput(os.Stderr)
	log.SetPrefix("stderr: ")
	func() {
		defer func() { fmt.Println("recovered again:", recover()) }()
		log.Panicf("formatted %d", 7)
	}()
}
