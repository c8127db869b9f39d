package main

type Incrementer interface{ Inc() }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	var i Incrementer = Counter /* ERROR `Counter does not implement Incrementer \(Inc method has pointer receiver\)` */ {}
	var ok Incrementer = &Counter{}
	_, _ = i, ok
}
