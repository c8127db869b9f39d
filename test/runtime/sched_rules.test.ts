// The scheduler's rules (../shared/reference/go-runtime-model.md §2–§8), each
// checked on the machine's own state: snapshots taken where a statement is
// about to run, and the events it recorded.

import * as assert from 'assert';
import { boot, goroutine, idsOf, lineOf, runToEnd, runToLine, takeSnapshot } from '../support/machine';

describe('the scheduler', function () {
  this.timeout(30000);

  it('puts a new goroutine in runnext and kicks the previous one to the tail of the local queue', async () => {
    const src = `package main

import "fmt"

func worker(i int) { fmt.Println(i) }

func main() {
	go worker(1)
	go worker(2)
	go worker(3)
	fmt.Println("spawned") // here
}
`;
    const run = await boot(src);
    runToLine(run, lineOf(src, '// here'));
    const s = takeSnapshot(run.m);
    const [w1, w2, w3] = idsOf(s, 'main.worker');
    assert.strictEqual(s.ps[0].runnext, w3);
    // The finalizer goroutine (g5) sat in runnext when main.main began: the first go kicked it.
    assert.deepStrictEqual(s.ps[0].runq, [5, w1, w2]);
        assert.deepStrictEqual(s.goroutines.find((g) => g.id === w3)!.queue, { kind: 'runnext', p: 0 });
    runToEnd(run);
    // main returns right away: the program ends before any worker runs.
    assert.strictEqual(run.out(), 'spawned\n');
  });

  it('numbers goroutines as Go 1.19 does: main is 1, the runtime takes 2 to 5, the first go statement gets 6', async () => {
    const src = `package main

import "fmt"

func main() {
	go fmt.Println()
	go fmt.Println()
	fmt.Print() // here
}
`;
    const run = await boot(src);
    runToLine(run, lineOf(src, '// here'));
    const s = takeSnapshot(run.m);
    assert.deepStrictEqual(
      s.goroutines.filter((g) => !g.system).map((g) => g.id),
      [1, 6, 7],
    );
    assert.deepStrictEqual(
      s.goroutines.filter((g) => g.system).map((g) => [g.id, g.startFunc]),
      [
        [2, 'runtime.forcegchelper'],
        [3, 'runtime.bgsweep'],
        [4, 'runtime.bgscavenge'],
        [5, 'runtime.runfinq'],
      ],
    );
  });

  it('moves half of a full local queue, oldest first, plus the goroutine being queued, to the global queue', async () => {
    const src = `package main

import "fmt"

func worker() {}

func main() {
	for i := 0; i < 256; i++ {
		go worker()
	}
	fmt.Print() // full
	go worker()
	fmt.Print() // spilled
}
`;
    const run = await boot(src);
    runToLine(run, lineOf(src, '// full'));
    const full = takeSnapshot(run.m);
    assert.strictEqual(full.ps[0].runq.length, 256);
    assert.deepStrictEqual(full.globalQueue, []);
    runToLine(run, lineOf(src, '// spilled'));
    const s = takeSnapshot(run.m);
    const kicked = full.ps[0].runnext!;
    assert.deepStrictEqual(s.globalQueue, [...full.ps[0].runq.slice(0, 128), kicked]);
    assert.deepStrictEqual(s.ps[0].runq, full.ps[0].runq.slice(128));
    assert.strictEqual(s.ps[0].runnext, Math.max(...idsOf(s, 'main.worker')));
  });

  it('sends a goroutine that calls Gosched to the tail of the global queue, behind older work', async () => {
    const src = `package main

import (
	"fmt"
	"runtime"
)

func worker(i int) {
	fmt.Println("worker", i) // worker
}

func main() {
	go worker(1)
	runtime.Gosched()
	fmt.Println("main again")
}
`;
    const run = await boot(src);
    const g = runToLine(run, lineOf(src, '// worker'));
    const s = takeSnapshot(run.m);
    assert.strictEqual(s.goroutines.find((x) => x.id === g.id)!.startFunc, 'main.worker');
    assert.deepStrictEqual(s.globalQueue, [1]);
    assert.deepStrictEqual(goroutine(s, 'runtime.main').queue, { kind: 'global', index: 0 });
    assert.ok(run.events.some((e) => e.kind === 'GoSched' && e.g === 1));
    runToEnd(run);
    assert.strictEqual(run.out(), 'worker 1\nmain again\n');
  });

  it('lets a goroutine taken from runnext inherit the time slice (schedtick does not move)', async () => {
    const src = `package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	for i := 0; i < 100; i++ {
		ping <- i
		<-pong // round trip
	}
	fmt.Println("done")
}
`;
    const run = await boot(src);
    const line = lineOf(src, '// round trip');
    runToLine(run, line, 10);
    const before = takeSnapshot(run.m).ps[0].schedtick;
    runToLine(run, line, 60);
    const after = takeSnapshot(run.m).ps[0].schedtick;
    assert.strictEqual(after, before);
    const switches = run.events.filter((e) => e.kind === 'GoStart').length;
    assert.ok(switches > 100, `${switches} goroutine switches`);
  });

  it('wakes a parked receiver into the sender\'s runnext while the sender keeps running', async () => {
    const src = `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println(<-ch)
	}()
	time.Sleep(time.Millisecond)
	fmt.Print() // parked
	ch <- 42
	fmt.Print() // sent
}
`;
    const run = await boot(src);
    runToLine(run, lineOf(src, '// parked'));
    const before = goroutine(takeSnapshot(run.m), 'main.main.func1');
    assert.strictEqual(before.waitReason, 'chan receive');
    runToLine(run, lineOf(src, '// sent'));
    const s = takeSnapshot(run.m);
    const recv = goroutine(s, 'main.main.func1');
    assert.strictEqual(recv.status, 'runnable');
    assert.deepStrictEqual(recv.queue, { kind: 'runnext', p: 0 });
    assert.strictEqual(goroutine(s, 'runtime.main').status, 'running');
    assert.strictEqual(s.ps[0].running, 1);
  });

  it('readies the receivers of a closed channel in reverse, so they run first, last, ..., second', async () => {
    const src = `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	for i := 1; i <= 5; i++ {
		go func(i int) {
			<-ch
			fmt.Println("r", i)
		}(i)
	}
	time.Sleep(time.Millisecond)
	fmt.Print() // waiting
	close(ch)
	fmt.Print() // closed
	time.Sleep(time.Millisecond)
}
`;
    const run = await boot(src);
    runToLine(run, lineOf(src, '// waiting'));
    const before = takeSnapshot(run.m);
    const chan = before.channels.find((c) => c.recvq.length === 5)!;
    const order = chan.recvq;
    const mark = run.events.length;
    runToLine(run, lineOf(src, '// closed'));
    const woken = run.events.slice(mark).filter((e) => e.kind === 'GoUnblock').map((e) => e.target);
    assert.deepStrictEqual(woken, [...order].reverse());
    const s = takeSnapshot(run.m);
    assert.strictEqual(s.ps[0].runnext, order[0]);
    assert.deepStrictEqual(s.ps[0].runq, [order[4], order[3], order[2], order[1]]);
    runToEnd(run);
    // Real Go 1.19 (GOMAXPROCS=1) prints the same: the receivers parked in the
    // order they first ran (5 1 2 3 4, runnext first), so they run 5 4 3 2 1.
    assert.strictEqual(run.out(), 'r 5\nr 4\nr 3\nr 2\nr 1\n');
  });

  it('releases WaitGroup waiters first-in first-out, so the last runs first', async () => {
    const src = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	for i := 1; i <= 3; i++ {
		go func(i int) {
			wg.Wait()
			fmt.Println("w", i)
		}(i)
	}
	time.Sleep(time.Millisecond)
	fmt.Print() // waiting
	wg.Done()
	fmt.Print() // released
	time.Sleep(time.Millisecond)
}
`;
    const run = await boot(src);
    runToLine(run, lineOf(src, '// waiting'));
    const wg = takeSnapshot(run.m).syncs.find((x) => x.kind === 'WaitGroup')!;
    assert.strictEqual(wg.count, 1);
    assert.strictEqual(wg.waiters.length, 3);
    runToLine(run, lineOf(src, '// released'));
    const s = takeSnapshot(run.m);
    assert.strictEqual(s.ps[0].runnext, wg.waiters[2]);
    assert.deepStrictEqual(s.ps[0].runq, wg.waiters.slice(0, 2));
    runToEnd(run);
    // Real Go 1.19 (GOMAXPROCS=1) prints the same: waiters queued 3 1 2, released in that order.
    assert.strictEqual(run.out(), 'w 2\nw 3\nw 1\n');
  });

  it('shows who holds a Mutex and who waits for it, in order', async () => {
    const src = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	for i := 1; i <= 2; i++ {
		go func() {
			mu.Lock()
			mu.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	fmt.Print() // contended
	mu.Unlock()
}
`;
    const run = await boot(src);
    runToLine(run, lineOf(src, '// contended'));
    const s = takeSnapshot(run.m);
    const mu = s.syncs.find((x) => x.kind === 'Mutex')!;
    assert.strictEqual(mu.locked, true);
    assert.strictEqual(mu.owner, 1);
    assert.strictEqual(mu.waiters.length, 2);
    for (const id of mu.waiters) {
      const g = s.goroutines.find((x) => x.id === id)!;
      assert.strictEqual(g.waitReason, 'semacquire');
      assert.deepStrictEqual(g.waitOn, { kind: 'sync', sync: mu.id, what: 'Mutex' });
    }
  });

  it('keeps a sleeping goroutine\'s timer in the heap of the P that called Sleep, due at the virtual deadline', async () => {
    const src = `package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(30 * time.Millisecond)
	}()
	time.Sleep(time.Millisecond)
	fmt.Print() // asleep
}
`;
    const run = await boot(src, { gomaxprocs: 2 });
    runToLine(run, lineOf(src, '// asleep'));
    const s = takeSnapshot(run.m);
    const sleeper = goroutine(s, 'main.main.func1');
    assert.strictEqual(sleeper.waitReason, 'sleep');
    const timer = s.timers.find((t) => t.g === sleeper.id)!;
    assert.ok(timer, 'the sleeper has a timer');
    assert.strictEqual(timer.kind, 'sleep');
    assert.ok(timer.when >= 30e6 && timer.when < 31e6, `due at ${timer.when}`);
    assert.deepStrictEqual(sleeper.waitOn, { kind: 'sleep', until: timer.when });
  });

  it('lets an idle P steal the older half, rounded up, of a busy P\'s local queue', async () => {
    const src = `package main

import "fmt"

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	for i := 0; i < 9; i++ {
		go spin(100000)
	}
	fmt.Println(spin(1000000))
}
`;
    const run = await boot(src, { gomaxprocs: 2 });
    const checked: string[] = [];
    const m = run.m;
    const inner = m.onEvent!;
    // Before each steal, note the victim's queue length; the steal must take ceil(n/2).
    let lengths = new Map<number, number>();
    m.onEvent = (e) => {
      inner(e);
      if (e.kind === 'ProcSteal') {
        const n = lengths.get(e.victim!)!;
        const hasNext = takeSnapshot(m).ps[e.victim!].runnext !== null;
        if (n > 0) {
          assert.strictEqual(e.count, n - Math.floor(n / 2), `stole ${e.count} of ${n}`);
          checked.push(`${e.count}/${n}`);
        } else assert.ok(e.count === 1 && !hasNext, 'an empty queue gives up only its runnext');
      }
      lengths = new Map(m.ps.map((p) => [p.id, p.runqtail - p.runqhead]));
    };
    runToEnd(run);
    assert.ok(checked.length > 0, 'a steal from a non-empty queue happened');
  });

  it('does not report a deadlock while a timer is pending, and does when none is', async () => {
    const ok = await boot(`package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	time.AfterFunc(5*time.Millisecond, func() { ch <- 1 })
	fmt.Println(<-ch)
}
`);
    runToEnd(ok);
    assert.strictEqual(ok.out(), '1\n');
    assert.strictEqual(ok.m.exitCode, 0);
    const dead = await boot(`package main

func main() {
	ch := make(chan int)
	<-ch
}
`);
    runToEnd(dead);
    assert.strictEqual(dead.m.exitCode, 2);
    assert.match(dead.err(), /^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:/);
  });

  it('does not report a deadlock while a goroutine waits in a system call for input', async () => {
    const run = await boot(`package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\\n')
	fmt.Print("got ", line)
}
`);
    assert.strictEqual(runToEnd(run), 'io');
    const s = takeSnapshot(run.m);
    assert.strictEqual(goroutine(s, 'runtime.main').status, 'syscall');
    run.m.provideStdin('hello\n');
    assert.strictEqual(runToEnd(run), 'exited');
    assert.strictEqual(run.out(), 'got hello\n');
    assert.ok(run.events.some((e) => e.kind === 'GoSysExit' && e.g === 1));
  });

  it('records a write to stdout as a system call of the writing goroutine', async () => {
    const run = await boot(`package main

import "fmt"

func main() {
	fmt.Println("hi")
}
`);
    runToEnd(run);
    const sys = run.events.filter((e) => e.kind === 'GoSysCall');
    assert.deepStrictEqual(
      sys.map((e) => [e.g, e.on]),
      [[1, 'stdout']],
    );
  });
});

describe('preemption', function () {
  this.timeout(30000);
  const spinner = `package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		x := 0
		for {
			x++
		}
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main woke up")
}
`;

  it('async (Go 1.14+): sysmon preempts a call-free loop after 10 ms of virtual time, to the global queue', async () => {
    const run = await boot(spinner, { preemption: 'async' });
    assert.strictEqual(runToEnd(run), 'exited');
    assert.strictEqual(run.out(), 'main woke up\n');
    const pre = run.events.filter((e) => e.kind === 'GoPreempt');
    assert.ok(pre.length >= 1);
    // The spinner came from runnext and so inherited main's time slice, which began at 0.
    assert.ok(pre[0].t >= 10e6 && pre[0].t <= 10.1e6, `preempted at ${pre[0].t} ns`);
    assert.strictEqual(pre[0].g, goroutine(takeSnapshot(run.m), 'main.main.func1').id);
  });

  it('cooperative (before 1.14): a goroutine that never blocks is never switched out on one P', async () => {
    const run = await boot(spinner, { preemption: 'cooperative', maxCPU: 2e9 });
    // Run for a second of virtual time (however long that takes on a loaded machine).
    run.m.stopHook = null;
    const deadline = Date.now() + 120000;
    while (takeSnapshot(run.m).time < 1e9 && !run.m.exited && Date.now() < deadline) run.m.run(50);
    assert.strictEqual(run.out(), '');
    assert.strictEqual(run.events.filter((e) => e.kind === 'GoPreempt').length, 0);
    const s = takeSnapshot(run.m);
    assert.strictEqual(goroutine(s, 'main.main.func1').status === 'running' || run.m.exited, true);
    assert.ok(s.time >= 1e9, `virtual time ${s.time}`);
  });

  it('cooperative: a loop that calls a function is switched out at the call once its slice is over', async () => {
    const src = spinner.replace('x++', 'x = inc(x)') + '\nfunc inc(x int) int { return x + 1 }\n';
    const run = await boot(src, { preemption: 'cooperative' });
    assert.strictEqual(runToEnd(run), 'exited');
    assert.strictEqual(run.out(), 'main woke up\n');
  });
});
