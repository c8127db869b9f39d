// Package iter: the sequence types range-over-func loops take (Go 1.23), and
// Pull, which turns a push sequence into a next/stop pair.
//
// Go runs a pulled sequence on a coroutine; gosim runs it on a goroutine that
// hands each value over on unbuffered channels, so exactly one of the caller
// and the sequence runs at a time, as with a coroutine. The goroutine is
// visible to runtime.NumGoroutine and in tracebacks, where Go's is not.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the push-style iterator sequence seq into a pull-style
// iterator accessed by the two functions next and stop. Next returns the next
// value in the sequence and true, or the zero value and false at its end;
// stop ends the iteration. A panic in seq comes out of the call of next (or
// stop) that resumed it.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := &puller{}
	var cur V
	run := func() {
		seq(func(v V) bool {
			if p.stopping {
				return false
			}
			cur = v
			return p.yield()
		})
	}
	next = func() (V, bool) {
		var zero V
		if !p.next(run) {
			return zero, false
		}
		return cur, true
	}
	return next, p.stop
}

// Pull2 converts the push-style iterator sequence seq into a pull-style
// iterator accessed by the two functions next and stop, as Pull does for Seq.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := &puller{}
	var curK K
	var curV V
	run := func() {
		seq(func(k K, v V) bool {
			if p.stopping {
				return false
			}
			curK, curV = k, v
			return p.yield()
		})
	}
	next = func() (K, V, bool) {
		var zk K
		var zv V
		if !p.next(run) {
			return zk, zv, false
		}
		return curK, curV, true
	}
	return next, p.stop
}

// puller runs a sequence on its own goroutine, one step per request.
// resume carries the caller's request (true: the next value, false: stop);
// ready says that a value is in place, or that the sequence has ended.
type puller struct {
	started  bool
	done     bool
	stopping bool
	resume   chan bool
	ready    chan bool
	panicked bool
	panicVal any
}

// next resumes the sequence; it reports whether a value was produced.
func (p *puller) next(run func()) bool {
	if p.done {
		return false
	}
	if !p.started {
		p.started = true
		p.resume = make(chan bool)
		p.ready = make(chan bool)
		go p.loop(run)
	}
	p.resume <- true
	more := <-p.ready
	p.rethrow()
	return more
}

func (p *puller) stop() {
	if p.done {
		return
	}
	if !p.started {
		p.done = true
		return
	}
	p.stopping = true
	p.resume <- false
	<-p.ready
	p.rethrow()
}

// yield, on the sequence's goroutine: hand over a value and wait for the next request.
func (p *puller) yield() bool {
	p.ready <- true
	return <-p.resume
}

func (p *puller) loop(run func()) {
	defer func() {
		if r := recover(); r != nil {
			p.panicked, p.panicVal = true, r
		}
		p.done = true
		p.ready <- false
	}()
	if <-p.resume {
		run()
	}
}

func (p *puller) rethrow() {
	if p.panicked {
		p.panicked = false
		panic(p.panicVal)
	}
}
