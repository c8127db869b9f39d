// Time travel in the engine: checkpoints restore exactly, replays reproduce
// the same history, output is passed on once, and searches of the past find
// the previous occurrence.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultEngineOptions, load, start } from '../../src/engine/engine';
import { History } from '../../src/engine/history';
import { takeSnapshot } from '../../src/engine/snapshot';
import type { Machine } from '../../src/runtime/machine';
import { Rng } from '../../src/runtime/rng';
import { goldenCases, repoRoot } from '../support/golden';

const conformance = path.join(repoRoot(), '..', 'shared', 'conformance');
const cases = fs.existsSync(conformance) ? goldenCases(conformance) : [];

async function machineFor(file: string, goVersion: number, gomaxprocs = 4): Promise<Machine> {
  const r = await load(file, fs.readFileSync(file, 'utf8'), { goVersion });
  if (!r.ok) throw new Error(r.message);
  return start(r.program, { ...defaultEngineOptions, gomaxprocs, goVersion, args: [path.basename(file, '.go')], stdin: '' });
}

/** A snapshot without the fields that describe the observer rather than the program. */
function state(m: Machine): unknown {
  return JSON.parse(JSON.stringify(takeSnapshot(m)));
}

describe('time travel (History)', function () {
  this.timeout(300000);

  it('comes back to the same state after stepping back K steps and forward K again, for every conformance program', async () => {
    assert.ok(cases.length > 80, `${cases.length} cases`);
    const rng = new Rng(2026);
    let checked = 0;
    for (const c of cases) {
      // How long is the run, in steps?
      const probe = new History(await machineFor(c.file, c.goVersion, c.gomaxprocs), { spacing: 300 });
      probe.run();
      const total = probe.step;
      if (total < 10) continue;
      let out = '';
      const h = new History(await machineFor(c.file, c.goVersion, c.gomaxprocs), { spacing: 300, onOutput: (fd, b) => fd === 1 && (out += b) });
      for (let k = 0; k < 3; k++) {
        const n = 1 + rng.intn(total - 1);
        h.travelTo(n);
        assert.strictEqual(h.step, n);
        const here = state(h.machine);
        const back = rng.intn(n) + 1;
        h.travelTo(n - back);
        assert.strictEqual(h.step, n - back);
        h.travelTo(n);
        assert.deepStrictEqual(state(h.machine), here, `${c.name}: step ${n} after going back ${back} steps`);
        checked++;
      }
      h.travelTo(h.earliest);
      h.run();
      assert.strictEqual(Buffer.from(out, 'latin1').toString('utf8'), c.stdout, `${c.name}: output passed on once, in full`);
    }
    assert.ok(checked >= 3 * 80, `${checked} round trips`);
  });

  it('finds the previous time a line was reached, searching back across checkpoints', async () => {
    const file = path.join(repoRoot(), 'examples', '07_interleaving_with_sleep.go');
    const h = new History(await machineFor(file, 22), { spacing: 50 });
    const line = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('fmt.Printf("%c at time')) + 1;
    const atLine = (_g: unknown, fr: { fn: { lineAt(pc: number): number; file: string } }, pc: number) => fr.fn.file === file && fr.fn.lineAt(pc) === line;
    // Stop at the 4th time getChars prints.
    let hits = 0;
    h.run(Infinity, (g, fr, pc) => atLine(g, fr, pc) && ++hits === 4);
    const fourth = h.step;
    const third = h.findLast(fourth, atLine);
    assert.ok(third !== null && third < fourth);
    assert.strictEqual(h.step, fourth, 'the search leaves the machine where it was');
    h.travelTo(third!);
    const g = h.machine.stoppedG!;
    const top = g.frames[g.frames.length - 1];
    assert.strictEqual(top.fn.lineAt(top.pc), line);
    // Nothing between the third and the fourth hit is on that line.
    assert.strictEqual(h.findLast(fourth, atLine, third! + 1), null);
  });

  it('replays an edit whenever a replay passes its step, and drops the future it replaced', async () => {
    const src = `package main

import "fmt"

var x = 1

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(x + i)
	}
}
`;
    const file = path.join(repoRoot(), 'test', 'engine', 'edit.go');
    const r = await load(file, src, { goVersion: 22 });
    assert.ok(r.ok);
    let out = '';
    const h = new History(start(r.program, { ...defaultEngineOptions, gomaxprocs: 1 }), { spacing: 5, onOutput: (_fd, b) => (out += b) });
    h.run(Infinity, (_g, fr, pc) => fr.fn.name === 'main.main' && fr.fn.lineAt(pc) === 9);
    const at = h.step;
    const cell = r.program.globals.find((g) => g.name === 'x' && g.pkg === 'main')!.cell;
    h.edit(() => (cell[0] = 100));
    h.run();
    assert.strictEqual(out, '100\n101\n102\n');
    h.travelTo(at + 1);
    h.travelTo(h.earliest);
    assert.strictEqual(cell[0], 0, 'before main starts, x is not yet initialised');
    h.run();
    assert.strictEqual(out, '100\n101\n102\n', 'the replay prints nothing new');
    h.travelTo(at + 3);
    assert.strictEqual(cell[0], 100, 'the edit is part of history');
  });

  it('keeps checkpoints within its budget on a long run by thinning them', async () => {
    const file = path.join(repoRoot(), '..', 'shared', 'bench', 'maps.go');
    const h = new History(await machineFor(file, 22, 1), { spacing: 1000, maxObjects: 200_000 });
    const st = h.run(4000);
    assert.ok(st === 'budget' || st === 'exited');
    const f = h.footprint;
    assert.ok(f.objects <= 200_000 || f.checkpoints <= 2, `${f.objects} objects in ${f.checkpoints} checkpoints`);
    assert.ok(h.step - f.latest <= 1000, `the latest checkpoint is ${h.step - f.latest} steps behind`);
    // Travel back to the middle of what ran and forward again still works.
    const end = h.step;
    const mid = Math.floor(end / 2);
    h.travelTo(mid);
    assert.strictEqual(h.step, mid);
    h.travelTo(end);
    assert.strictEqual(h.step, end);
  });

  describe('on a run of 2 million steps (the travel benchmark, a growing heap)', () => {
    const steps = 2_000_000;
    const spacing = 5000;
    const file = path.join(repoRoot(), 'bench', 'travel.go');
    let h: History;

    before(async () => {
      h = new History(await machineFor(file, 22), { spacing, maxObjects: 300_000 });
      h.run(Infinity, (g, fr) => h.machine.steps >= steps && fr.fn.name === 'main.producer');
    });

    it('keeps a checkpoint within `spacing` steps of the present, within its budget', () => {
      const f = h.footprint;
      assert.ok(h.stats.thinned > 0, 'the budget made it thin');
      assert.ok(f.objects <= 300_000, `${f.objects} objects`);
      assert.ok(h.step - f.latest <= spacing, `the latest checkpoint is ${h.step - f.latest} steps behind`);
    });

    it('thins geometrically: each gap between checkpoints is at most twice its distance from the present (plus spacing)', () => {
      const at = h.checkpointSteps;
      assert.strictEqual(at[0], 0, 'the first moment is kept');
      assert.ok(at.length < 20, `${at.length} checkpoints`);
      for (let i = 1; i < at.length; i++) {
        const gap = at[i] - at[i - 1];
        assert.ok(gap <= 2 * (h.step - at[i] + spacing), `the gap ending at step ${at[i]} is ${gap} steps`);
      }
    });

    it('lands a step back at the end, and the one after it, on the same states as a fresh run to those steps, replaying little the second time', async () => {
      // The default spacing, where a machine this big is checkpointed every 100,000 steps or more.
      const d = new History(await machineFor(file, 22), { maxObjects: 300_000 });
      d.run(Infinity, (g, fr) => d.machine.steps >= steps && fr.fn.name === 'main.producer');
      const end = d.step;
      assert.ok(end - d.footprint.latest > 2 * spacing, `the latest checkpoint is ${end - d.footprint.latest} steps behind`);
      const goid = d.machine.stoppedG!.id;
      const mine = (g: { id: number }) => g.id === goid;
      const first = d.travelToLast(end, mine);
      assert.ok(first !== null && first < end && d.step === first);
      const atFirst = state(d.machine);
      assert.ok(
        d.checkpointSteps.some((s) => s >= end - spacing && s < end),
        'the search took a checkpoint just before where it began',
      );
      const replayed = d.stats.replayedSteps;
      const second = d.travelToLast(first!, mine);
      assert.ok(second !== null && second < first! && d.step === second);
      assert.ok(d.stats.replayedSteps - replayed <= spacing, `${d.stats.replayedSteps - replayed} steps replayed`);
      const atSecond = state(d.machine);
      const fresh = new History(await machineFor(file, 22), { spacing: 1e9 });
      fresh.travelTo(second!);
      assert.deepStrictEqual(state(fresh.machine), atSecond);
      fresh.travelTo(first!);
      assert.deepStrictEqual(state(fresh.machine), atFirst);
    });
  });
});
