// Time travel in the engine's Debugger: restart frame lands on a frame's first
// line with the arguments of that very call (recursion included), reverse
// continue lands on the previous hit of a breakpoint, and an evaluation that
// calls Go code leaves the run exactly as it would have been.

import * as assert from 'assert';
import * as path from 'path';
import { Debugger } from '../../src/engine/debugger';
import { defaultEngineOptions, load, start } from '../../src/engine/engine';
import { frameVariables } from '../../src/engine/inspect';
import type { G } from '../../src/runtime/g';
import { repoRoot } from '../support/golden';

const file = path.join(repoRoot(), 'test', 'engine', 'travel.go');
const source = `package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func spread(m map[int]int) int {
	s := 0
	for k, v := range m {
		s += k * v
	}
	return s
}

func main() {
	m := map[int]int{1: 2, 3: 4, 5: 6}
	for i := 0; i < 3; i++ {
		fmt.Println(i, fact(4+i), spread(m))
	}
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
}
`;
const lineOf = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

async function debuggee(): Promise<{ dbg: Debugger; out: () => string }> {
  const r = await load(file, source, { goVersion: 22 });
  if (!r.ok) throw new Error(r.message);
  let out = '';
  const dbg = new Debugger(start(r.program, { ...defaultEngineOptions, gomaxprocs: 2 }), r.program, { stopOnEntry: false, onOutput: (_fd, b) => (out += b), spacing: 40 });
  return { dbg, out: () => out };
}

function runToStop(dbg: Debugger): G {
  for (;;) {
    const o = dbg.run(1000);
    if (o.kind === 'stopped') return o.stop.g!;
    if (o.kind !== 'budget') throw new Error(`no stop: ${o.kind}`);
  }
}

function runToEnd(dbg: Debugger): void {
  for (;;) {
    const o = dbg.run(1000);
    if (o.kind === 'exited') return;
    if (o.kind === 'stopped') dbg.resume();
  }
}

/** An argument or local of a frame, by name. */
function valueOf(g: G, depth: number, name: string): unknown {
  const fr = g.frames[depth - 1];
  const vars = frameVariables(fr, fr.pc);
  const v = [...vars.args, ...vars.locals].find((x) => x.name === name);
  return v?.place.get();
}

describe('time travel (Debugger)', function () {
  this.timeout(60000);

  it('restarts a recursive call at its first line, with the argument of that call', async () => {
    const { dbg } = await debuggee();
    dbg.setBreakpoints(file, [{ line: lineOf('return 1'), condition: 'true' }]);
    const g = runToStop(dbg);
    const depthOf = (n: number) => g.frames.findIndex((f) => f.fn.name === 'main.fact' && valueOf(g, g.frames.indexOf(f) + 1, 'n') === n) + 1;
    assert.strictEqual(valueOf(g, g.frames.length, 'n'), 1, 'stopped in fact(1)');
    const d3 = depthOf(3);
    assert.ok(d3 > 0, 'fact(3) is on the stack');
    const stop = dbg.restartFrame(g, g.frames[d3 - 1]);
    assert.ok(stop);
    assert.strictEqual(stop.reason, 'restart');
    const h = stop.g!;
    const top = h.frames[h.frames.length - 1];
    assert.strictEqual(top.fn.name, 'main.fact');
    assert.strictEqual(h.frames.length, d3, 'the same depth: that call, not another');
    assert.strictEqual(top.fn.lineAt(top.pc), lineOf('if n <= 1'), "fact's first line");
    assert.strictEqual(valueOf(h, d3, 'n'), 3, 'with its argument');
  });

  it('reverse-continues to the previous hit of a breakpoint, and forward again to the same one', async () => {
    const { dbg } = await debuggee();
    const line = lineOf('fmt.Println(i, fact');
    dbg.setBreakpoints(file, [{ line }]);
    const i = (g: G) => valueOf(g, g.frames.length, 'i');
    runToStop(dbg);
    dbg.resume();
    runToStop(dbg);
    dbg.resume();
    const third = runToStop(dbg);
    assert.strictEqual(i(third), 2);
    const thirdStep = dbg.moment.step;
    const back = dbg.reverseContinue();
    assert.strictEqual(back.reason, 'breakpoint');
    assert.strictEqual(i(back.g!), 1, 'the previous hit');
    const secondStep = dbg.moment.step;
    assert.ok(secondStep < thirdStep);
    assert.strictEqual(i(dbg.reverseContinue().g!), 0);
    assert.strictEqual(dbg.reverseContinue().reason, 'entry', 'and then the start');
    dbg.resume();
    runToStop(dbg);
    dbg.resume();
    const again = runToStop(dbg);
    assert.strictEqual(i(again), 1);
    assert.strictEqual(dbg.moment.step, secondStep, 'forward again, the same history');
  });

  it('leaves the run as it was when an evaluation calls Go code (steps, random choices, output)', async () => {
    const plain = await debuggee();
    runToEnd(plain.dbg);
    const { dbg, out } = await debuggee();
    dbg.setBreakpoints(file, [{ line: lineOf('fmt.Println(i, fact'), condition: 'spread(m) > 0 && fact(i+2) > 0' }]);
    const g = runToStop(dbg);
    const steps = dbg.moment.step;
    const at = { g, row: dbg.stack(g).find((r) => r.kind === 'go' && r.name === 'main.main')! };
    assert.strictEqual(dbg.evaluate('spread(m)', at).v, 44);
    assert.strictEqual(dbg.moment.step, steps, 'the step count is unchanged');
    dbg.setBreakpoints(file, []);
    dbg.resume();
    runToEnd(dbg);
    assert.strictEqual(out(), plain.out());
    assert.strictEqual(dbg.moment.step, plain.dbg.moment.step, 'the same number of statements');
  });
});
