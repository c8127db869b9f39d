// lesson: package log writes to stderr with a prefix and flags; log.New targets any writer; goroutines can log safely
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"sync"
)

func main() {
	log.SetFlags(0)
	log.Println("plain message to stderr")
	log.SetPrefix("[app] ")
	log.Printf("value=%d", 42)
	log.Print("no newline added twice\n")
	fmt.Println("prefix:", log.Prefix(), "flags:", log.Flags())

	log.SetFlags(log.Lshortfile)
	log.Println("with file and line")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("prefix after the location")

	var buf bytes.Buffer
	logger := log.New(&buf, "worker: ", log.Lmsgprefix)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			done++
			mu.Unlock()
			logger.Printf("finished job")
		}(i)
	}
	wg.Wait()
	fmt.Print(buf.String())
	fmt.Println(done, "jobs")

	out := log.New(os.Stdout, "", 0)
	out.Println("a logger on stdout")
	fmt.Println(logger.Prefix(), logger.Flags() == log.Lmsgprefix, out.Writer() == os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("")
	defer fmt.Println("deferred calls do not run after log.Fatal")
	log.Fatalf("fatal: %s", "giving up")
}
