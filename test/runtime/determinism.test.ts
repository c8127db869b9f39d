// Determinism (DESIGN.md principle 2): the same program, seed and options give
// the same run — byte for byte, event for event — and the seed changes only
// what Go leaves to chance.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { SchedEvent } from '../../src/protocol/events';
import { checkGolden, goldenCases, repoRoot, runGo } from '../support/golden';

const conformance = path.join(repoRoot(), '..', 'shared', 'conformance');
const cases = fs.existsSync(conformance) ? goldenCases(conformance) : [];

async function recorded(file: string, gomaxprocs: number, seed: number, goVersion: number): Promise<{ out: string; events: string }> {
  const events: SchedEvent[] = [];
  const r = await runGo(file, { gomaxprocs, goVersion, seed, onEvent: (e) => events.push(e) });
  return { out: JSON.stringify([r.stdout, r.stderr, r.exitCode]), events: JSON.stringify(events) };
}

describe('determinism', function () {
  this.timeout(120000);

  it('gives byte-identical event streams and output for equal seeds, for every conformance program', async () => {
    assert.ok(cases.length > 50, `${cases.length} conformance cases`);
    for (const c of cases) {
      const a = await recorded(c.file, c.gomaxprocs, 7, c.goVersion);
      const b = await recorded(c.file, c.gomaxprocs, 7, c.goVersion);
      assert.ok(a.events.length > 100, `${c.name} recorded events`);
      assert.strictEqual(b.out, a.out, `${c.name}: output differs between equal runs`);
      assert.strictEqual(b.events, a.events, `${c.name}: events differ between equal runs`);
    }
  });

  it('prints byte-identical output 20 times in a row', async () => {
    const file = path.join(repoRoot(), 'examples', '07_interleaving_with_sleep.go');
    const first = await recorded(file, 4, 1, 22);
    for (let i = 0; i < 19; i++) assert.strictEqual((await recorded(file, 4, 1, 22)).out, first.out);
  });

  it('never changes the output of a program whose output synchronisation fixes, whatever the seed', async () => {
    for (const c of cases) {
      for (const seed of [2, 3]) assert.deepStrictEqual(await checkGolden(c, seed), [], `${c.name} with seed ${seed}`);
    }
  });

  it('keeps in its compact recorder exactly the events a listener sees', async () => {
    const { defaultEngineOptions, load, start } = await import('../../src/engine/engine');
    for (const c of cases.slice(0, 30)) {
      const r = await load(c.file, fs.readFileSync(c.file, 'utf8'), { goVersion: c.goVersion });
      assert.ok(r.ok);
      const heard: SchedEvent[] = [];
      const m = start(r.program, { ...defaultEngineOptions, gomaxprocs: c.gomaxprocs, goVersion: c.goVersion, stdin: '', recordEvents: true, onEvent: (e) => heard.push(e) });
      while (m.run(1000) === 'budget');
      assert.ok(heard.length > 0);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(m.recorder!.slice())), JSON.parse(JSON.stringify(heard)), c.name);
    }
  });

  it('changes select choices with the seed', async () => {
    const file = path.join(repoRoot(), 'test', 'runtime', 'testdata', 'select_race.go');
    const outs = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) outs.add((await runGo(file, { gomaxprocs: 1, goVersion: 22, seed })).stdout);
    assert.ok(outs.size > 1, `${outs.size} distinct outputs`);
  });

  it('changes steal victims with the seed', async () => {
    const file = path.join(repoRoot(), 'test', 'runtime', 'testdata', 'steal.go');
    const victims = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const events: SchedEvent[] = [];
      const r = await runGo(file, { gomaxprocs: 4, goVersion: 22, seed, onEvent: (e) => events.push(e) });
      assert.strictEqual(r.stdout, '967413500\n');
      victims.add(events.filter((e) => e.kind === 'ProcSteal').map((e) => `${e.p}<-${e.victim}`).join(' '));
    }
    assert.ok(victims.size > 1, `${victims.size} distinct steal patterns`);
  });
});
