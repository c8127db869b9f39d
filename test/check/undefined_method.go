package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	var c Counter
	c.Inc()
	c.Reset /* ERROR "c.Reset undefined \\(type Counter has no field or method Reset\\)" */ ()
	var i interface{ M() }
	i.N /* ERROR "i.N undefined" */ ()
}
