// lesson: package flag parses -name=value options into typed variables; errors and usage of a FlagSet
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	fs := flag.NewFlagSet("workers", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 4, "number of `workers`")
	verbose := fs.Bool("v", false, "verbose output")
	name := fs.String("name", "pool", "name of the pool")
	wait := fs.Duration("wait", 2*time.Second, "how long to wait")
	rate := fs.Float64("rate", 1.5, "requests per second")
	var tags []string
	fs.Func("tag", "a tag (repeatable)", func(s string) error {
		tags = append(tags, s)
		return nil
	})
	err := fs.Parse([]string{"-n=8", "-v", "--name", "crawler", "-wait", "150ms", "-tag", "a", "-tag=b", "rest", "-x"})
	fmt.Println(err, *n, *verbose, *name, *wait, *rate, tags)
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5) == "", fs.NFlag(), fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("rate").DefValue, fs.Lookup("missing") == nil, fs.Set("rate", "2.25"), *rate, fs.Set("nope", "1"))

	fmt.Println("--- errors")
	for _, args := range [][]string{{"-n", "many"}, {"-v=maybe"}, {"-unknown"}, {"-n"}, {"---n=1"}, {"-h"}} {
		bad := flag.NewFlagSet("bad", flag.ContinueOnError)
		bad.SetOutput(os.Stdout)
		bad.Int("n", 1, "count")
		bad.Bool("v", false, "")
		fmt.Println("error:", bad.Parse(args))
	}
	fmt.Println("--- usage")
	fs.PrintDefaults()
	custom := flag.NewFlagSet("custom", flag.ContinueOnError)
	custom.SetOutput(os.Stdout)
	custom.Usage = func() { fmt.Println("usage: custom [-q]") }
	custom.Bool("q", false, "quiet")
	fmt.Println(custom.Parse([]string{"-z"}))
	fmt.Println(strings.Join(fs.Args(), ","), flag.ErrHelp)
	rest := flag.NewFlagSet("", flag.ContinueOnError)
	rest.SetOutput(os.Stdout)
	k := rest.Int("k", 0, "")
	fmt.Println(rest.Parse([]string{"-k", "0x1F", "--", "-k", "2"}), *k, rest.Args())
	fmt.Println(rest.Parse([]string{"-k", "99999999999999999999"}))
}
