// gosim's benchmark (`npm run bench`): runs the programs of ../shared/bench on
// the engine and, where `go` is on the PATH, as native Go, both with
// GOMAXPROCS=1, and prints each ratio (engine ÷ native) beside yaegi's from
// that folder's README, with their geometric mean. Then the memory held per
// goroutine blocked on a channel, and the time to snapshot a machine full of
// goroutines.
//
// What is timed, per program and repetition (interleaved: native, engine,
// process, so a noisy moment of the machine hits all of them alike):
//   native   the built binary's process, wall time (startup included, as the
//            README's figures are), and its CPU time (user + system, from the
//            children's times in /proc/self/stat: Linux only, in clock ticks,
//            usually 10 ms)
//   engine   start + run of a freshly loaded program in this process (the
//            parse, check and compile of `load` is reported apart, like `go build`),
//            wall time and CPU time (process.cpuUsage, user + system, all of
//            this process's threads: the garbage collector's helpers count)
//   process  the whole `gosim run --gomaxprocs 1 FILE` command, wall time
//   events   (with --events) the engine run again with every scheduler event
//            recorded, right after the plain run; and, where `go` is on the
//            PATH, the native binary again with Go's own execution tracer on
//            (runtime/trace writing to io.Discard), to compare like with like
// Figures are medians; compare ratios from one run, never absolute times from
// different runs: the machine is shared and noisy. On a loaded machine the
// CPU-time ratio is the steadier one: wall time also counts the moments the
// program waited for a CPU.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { load, start } from '../src/engine/engine';
import { takeSnapshot } from '../src/engine/snapshot';
import type { Machine } from '../src/runtime/machine';
import type { Program } from '../src/vm/program';
import blockedSource from './blocked.go';
import { gc, median } from './measure';

const usage = `usage: npm run bench -- [options] [PROGRAM...]

Runs ../shared/bench/*.go on gosim and as native Go (GOMAXPROCS=1).

options:
  --reps N            repetitions of each measurement (default 5); medians are reported
  --process-reps N    repetitions of the whole \`gosim run\` process (default: --reps; 0 skips)
  --no-native         do not build and run native Go
  --events            also time each engine run with every scheduler event recorded
  --no-memory         skip the memory and snapshot measures
  --goroutines N      goroutines for the memory measure (default 100000)
  --dir DIR           the benchmark programs (default ../shared/bench beside the repository)
PROGRAM names select programs (fib, loops, ...); default: all.

columns:
  native ms           wall time of the native binary's process
  engine ms           wall time of the engine's start + run, in this process
  engine÷native       the ratio of those wall times ("!": not below yaegi's)
  yaegi÷native        yaegi's wall-time ratio, from the programs' README
  native cpu ms       CPU time (user + system) of the native process (Linux; clock-tick resolution)
  engine cpu ms       CPU time (user + system) of this process during the engine's start + run
  cpu engine÷native   the ratio of those CPU times ("!": not below yaegi's wall-time ratio)
  process ms          wall time of the whole \`gosim run\` process
  load ms             the engine's parse, check and compile, apart
  +events cpu ms      (--events) CPU time of the engine's start + run with every scheduler event recorded
  events cost         (--events) what recording adds: the median over repetitions of that run's CPU time ÷ the plain run's, less 1
  go trace cost       (--events) the same for native Go with its own execution tracer on (runtime/trace to io.Discard), by wall time
`;

interface Options {
  reps: number;
  processReps: number;
  native: boolean;
  events: boolean;
  memory: boolean;
  goroutines: number;
  dir: string;
  only: string[];
}

function parseArgs(argv: string[]): Options {
  const root = path.resolve(__dirname, '..');
  const o: Options = {
    reps: 5,
    processReps: -1,
    native: true,
    events: false,
    memory: true,
    goroutines: 100_000,
    dir: path.resolve(root, '../shared/bench'),
    only: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) fail(`${a} needs a whole number\n${usage}`);
      return n;
    };
    switch (a) {
      case '--reps':
        o.reps = Math.max(1, num());
        break;
      case '--process-reps':
        o.processReps = num();
        break;
      case '--no-native':
        o.native = false;
        break;
      case '--events':
        o.events = true;
        break;
      case '--no-memory':
        o.memory = false;
        break;
      case '--goroutines':
        o.goroutines = Math.max(1, num());
        break;
      case '--dir':
        o.dir = path.resolve(argv[++i] ?? fail(usage));
        break;
      case '--help':
        process.stdout.write(usage);
        process.exit(0);
        break;
      default:
        if (a.startsWith('--')) fail(`unknown option ${a}\n${usage}`);
        o.only.push(a.replace(/\.go$/, ''));
    }
  }
  if (o.processReps < 0) o.processReps = o.reps;
  return o;
}

function fail(msg: string): never {
  process.stderr.write(msg.endsWith('\n') ? msg : msg + '\n');
  process.exit(2);
}

function geomean(xs: number[]): number {
  if (!xs.length) return NaN;
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

/** yaegi's ratio and native time for each program, from the table in the bench README. */
function readmeFigures(dir: string): Map<string, { native: number; yaegi: number; ratio: number }> {
  const out = new Map<string, { native: number; yaegi: number; ratio: number }>();
  let text = '';
  try {
    text = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6) continue;
    const name = /^([a-z]+)\b/.exec(cells[1]);
    const ratio = /^([\d.]+)\s*×$/.exec(cells[4]);
    if (name && ratio) out.set(name[1], { native: Number(cells[2]), yaegi: Number(cells[3]), ratio: Number(ratio[1]) });
  }
  return out;
}

/** Runs a loaded program to its end on a fresh machine; its output, exit code and the time start + run took. */
function runEngine(program: Program, withEvents: boolean): { out: string; code: number; ms: number; cpuMs: number; events: number } {
  let out = '';
  let events = 0;
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const m = start(program, { gomaxprocs: 1, numCPU: 1, seed: 1, preemption: 'async', goVersion: 19, args: ['bench'], stdin: null, maxCPU: 0, recordEvents: withEvents });
  m.onWrite = (fd, bytes) => {
    if (fd === 1) out += bytes;
    else process.stderr.write(Buffer.from(bytes, 'latin1'));
  };
  runToEnd(m);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  events = m.recorder ? m.recorder.length : 0;
  return { out: Buffer.from(out, 'latin1').toString('utf8'), code: m.exitCode, ms, cpuMs: (c.user + c.system) / 1000, events };
}

function runToEnd(m: Machine): void {
  for (;;) {
    const st = m.run();
    if (st === 'exited') return;
    if (st === 'io') throw new Error('the program waits for input');
  }
}

async function loadFile(file: string): Promise<{ program: Program; ms: number }> {
  const text = fs.readFileSync(file, 'utf8');
  const t0 = performance.now();
  const r = await load(path.basename(file), text, { goVersion: 19 });
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(r.message);
  return { program: r.program, ms };
}

function timeProcess(cmd: string, args: string[]): { out: string; ms: number; cpuMs: number; status: number | null } {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env: { ...process.env, GOMAXPROCS: '1' }, maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  const cpuMs = childrenCpuMs() - c0;
  return { out: r.stdout ? r.stdout.toString('utf8') : '', ms, cpuMs, status: r.status };
}

/** Clock ticks per second, the unit of /proc's CPU times. */
const clockTicks = (() => {
  const r = spawnSync('getconf', ['CLK_TCK']);
  const n = r.status === 0 ? Number(String(r.stdout).trim()) : NaN;
  return n > 0 ? n : 100;
})();

/**
 * The CPU time (user + system) of this process's children that have ended and
 * been waited for, as Linux counts it (cutime + cstime); NaN elsewhere. Node
 * has no per-child resource usage, but spawnSync waits for its child, so the
 * difference across one spawnSync is that child's time.
 */
function childrenCpuMs(): number {
  let stat: string;
  try {
    stat = fs.readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return NaN;
  }
  // Fields after the command name (which may hold spaces), counted from 3: cutime is 16, cstime 17.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[16 - 3]) + Number(f[17 - 3])) * 1000) / clockTicks;
}

/**
 * Builds program n with Go's execution tracer on from its first statement to
 * its last: its main becomes benchMain, and a main of our own starts the
 * tracer (writing to io.Discard, so only recording is paid for), calls it and
 * stops the tracer. The binary's path, or null if it does not build.
 */
function buildTraced(dir: string, n: string, work: string): string | null {
  const src = fs.readFileSync(path.join(dir, `${n}.go`), 'utf8');
  if (!/^func main\(\) \{$/m.test(src)) return null;
  const pkg = path.join(work, `${n}-traced`);
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'main.go'), src.replace(/^func main\(\) \{$/m, 'func benchMain() {'));
  fs.writeFileSync(
    path.join(pkg, 'trace.go'),
    'package main\n\nimport (\n\t"io"\n\t"runtime/trace"\n)\n\nfunc main() {\n\tif err := trace.Start(io.Discard); err != nil {\n\t\tpanic(err)\n\t}\n\tbenchMain()\n\ttrace.Stop()\n}\n',
  );
  const bin = path.join(work, `${n}.traced`);
  const r = spawnSync('go', ['build', '-o', bin, '.'], { cwd: pkg, env: { ...process.env, GO111MODULE: 'off' } });
  if (r.status !== 0) {
    process.stderr.write(`go build of ${n}.go with the tracer failed:\n${r.stderr}`);
    return null;
  }
  return bin;
}

function hasGo(): boolean {
  const r = spawnSync('go', ['version']);
  return r.status === 0;
}

const fmtMs = (ms: number) => (Number.isNaN(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const fmtX = (x: number) => (!Number.isFinite(x) ? '—' : x >= 100 ? `${x.toFixed(0)}×` : `${x.toFixed(1)}×`);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

interface Result {
  name: string;
  native: number[];
  /** Wall time of the native binary with Go's execution tracer on. */
  nativeTraced: number[];
  /** Per repetition: the engine's CPU time with events recorded ÷ without; the native tracer's likewise. */
  eventRatios: number[];
  goTraceRatios: number[];
  engine: number[];
  nativeCpu: number[];
  engineCpu: number[];
  events: number[];
  eventCount: number;
  process: number[];
  load: number[];
  ok: boolean;
  why: string;
}

async function benchPrograms(o: Options): Promise<Result[]> {
  const names = fs
    .readdirSync(o.dir)
    .filter((f) => f.endsWith('.go') && fs.existsSync(path.join(o.dir, f.replace(/\.go$/, '.out'))))
    .map((f) => f.replace(/\.go$/, ''))
    .filter((n) => !o.only.length || o.only.includes(n));
  for (const n of o.only) if (!names.includes(n)) fail(`no benchmark program ${n} (with a .out) in ${o.dir}`);
  const readme = readmeFigures(o.dir);
  // Run the programs in the README's order, the rest after.
  const order = [...readme.keys()];
  names.sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || a.localeCompare(b));

  const native = o.native && hasGo();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gosim-bench-'));
  const bins = new Map<string, string>();
  const tracedBins = new Map<string, string>();
  if (native) {
    for (const n of names) {
      const bin = path.join(work, n);
      const r = spawnSync('go', ['build', '-o', bin, path.join(o.dir, `${n}.go`)], { cwd: work, env: { ...process.env, GO111MODULE: 'off' } });
      if (r.status !== 0) process.stderr.write(`go build ${n}.go failed:\n${r.stderr}`);
      else bins.set(n, bin);
      if (o.events) {
        const traced = buildTraced(o.dir, n, work);
        if (traced) tracedBins.set(n, traced);
      }
    }
  }
  const cli = path.join(__dirname, 'cli.js');
  const results: Result[] = names.map((name) => ({ name, native: [], nativeTraced: [], eventRatios: [], goTraceRatios: [], engine: [], nativeCpu: [], engineCpu: [], events: [], eventCount: 0, process: [], load: [], ok: true, why: '' }));
  const expected = new Map(names.map((n) => [n, fs.readFileSync(path.join(o.dir, `${n}.out`), 'utf8')]));

  for (let rep = 0; rep < o.reps; rep++) {
    process.stderr.write(`repetition ${rep + 1}/${o.reps}:`);
    for (const r of results) {
      process.stderr.write(` ${r.name}`);
      const file = path.join(o.dir, `${r.name}.go`);
      const bin = bins.get(r.name);
      if (bin) {
        const n = timeProcess(bin, []);
        if (n.out !== expected.get(r.name)) process.stderr.write(`\n  native ${r.name} printed something else than its .out\n`);
        r.native.push(n.ms);
        r.nativeCpu.push(n.cpuMs);
      }
      const { program, ms: loadMs } = await loadFile(file);
      r.load.push(loadMs);
      const e = runEngine(program, false);
      r.engine.push(e.ms);
      r.engineCpu.push(e.cpuMs);
      if (e.out !== expected.get(r.name) || e.code !== 0) {
        r.ok = false;
        r.why = `exit ${e.code}, printed ${JSON.stringify(e.out.slice(0, 200))}`;
      }
      if (o.events) {
        const again = (await loadFile(file)).program;
        const ev = runEngine(again, true);
        r.events.push(ev.cpuMs);
        r.eventRatios.push(ev.cpuMs / e.cpuMs);
        r.eventCount = ev.events;
        const traced = tracedBins.get(r.name);
        if (traced && bin) {
          const plain = timeProcess(bin, []);
          const t = timeProcess(traced, []);
          if (t.out !== expected.get(r.name)) process.stderr.write(`\n  native ${r.name} with the tracer on printed something else than its .out\n`);
          // Wall time: native CPU times come in clock ticks, too coarse for the short programs.
          r.nativeTraced.push(t.ms);
          r.goTraceRatios.push(t.ms / plain.ms);
        }
      }
      if (rep < o.processReps) {
        const p = timeProcess(process.execPath, [cli, 'run', '--gomaxprocs', '1', '--go-version', '1.19', file]);
        if (p.out !== expected.get(r.name) || p.status !== 0) {
          r.ok = false;
          r.why = `gosim run: exit ${p.status}, printed ${JSON.stringify(p.out.slice(0, 200))}`;
        }
        r.process.push(p.ms);
      }
    }
    process.stderr.write('\n');
  }
  fs.rmSync(work, { recursive: true, force: true });
  return results;
}

function report(o: Options, results: Result[]): void {
  const readme = readmeFigures(o.dir);
  const header = ['program', 'native ms', 'engine ms', 'engine÷native', 'yaegi÷native', 'native cpu ms', 'engine cpu ms', 'cpu engine÷native', 'process ms', 'load ms'];
  if (o.events) header.push('+events cpu ms', 'events cost', 'go trace cost');
  header.push('output');
  const rows: string[][] = [header];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const eventCosts: number[] = [];
  const goTraceCosts: number[] = [];
  let slowerThanYaegi = 0;
  let cpuSlowerThanYaegi = 0;
  for (const r of results) {
    const nat = median(r.native);
    const eng = median(r.engine);
    const ratio = eng / nat;
    const y = readme.get(r.name)?.ratio ?? NaN;
    if (!Number.isNaN(ratio)) ratios.push(ratio);
    if (ratio >= y) slowerThanYaegi++;
    const natCpu = median(r.nativeCpu);
    const engCpu = median(r.engineCpu);
    const cpuRatio = engCpu / natCpu;
    const cpuSlower = Number.isFinite(cpuRatio) && cpuRatio >= y;
    if (Number.isFinite(cpuRatio)) cpuRatios.push(cpuRatio);
    if (cpuSlower) cpuSlowerThanYaegi++;
    const row = [r.name, fmtMs(nat), fmtMs(eng), fmtX(ratio) + (ratio >= y ? ' !' : ''), fmtX(y), fmtMs(natCpu), fmtMs(engCpu), fmtX(cpuRatio) + (cpuSlower ? ' !' : ''), fmtMs(median(r.process)), fmtMs(median(r.load))];
    if (o.events) {
      const cost = median(r.eventRatios);
      eventCosts.push(cost);
      if (r.goTraceRatios.length) goTraceCosts.push(median(r.goTraceRatios));
      row.push(fmtMs(median(r.events)), `${((cost - 1) * 100).toFixed(0)}% (${r.eventCount})`, r.goTraceRatios.length ? `${((median(r.goTraceRatios) - 1) * 100).toFixed(0)}%` : '—');
    }
    row.push(r.ok ? 'ok' : 'FAIL');
    rows.push(row);
  }
  const gm = geomean(ratios);
  const gmY = geomean(results.map((r) => readme.get(r.name)?.ratio ?? NaN).filter((x) => !Number.isNaN(x)));
  const foot = ['geomean', '', '', fmtX(gm), fmtX(gmY), '', '', fmtX(geomean(cpuRatios)), '', ''];
  if (o.events) foot.push('', eventCosts.length ? `${((geomean(eventCosts) - 1) * 100).toFixed(0)}%` : '', goTraceCosts.length ? `${((geomean(goTraceCosts) - 1) * 100).toFixed(0)}%` : '—');
  foot.push('');
  rows.push(foot);
  console.log(table(rows));
  console.log('');
  console.log(`Medians of ${o.reps} interleaved repetitions${o.processReps !== o.reps ? ` (${o.processReps} of the process)` : ''}; GOMAXPROCS=1.`);
  console.log('Wall time: native ms, engine ms, engine÷native (yaegi÷native is wall time too). CPU time (user + system): native cpu ms, engine cpu ms, cpu engine÷native; "—" where not measured.');
  if (!results.some((r) => r.native.length)) console.log('No native figures: `go` is not on the PATH (or --no-native).');
  else console.log(`Targets: geometric mean ≤ 10× (${gm <= 10 ? 'met' : 'not met'}); every program faster than yaegi (wall time: ${slowerThanYaegi ? `${slowerThanYaegi} not` : 'met'}; CPU time: ${cpuSlowerThanYaegi ? `${cpuSlowerThanYaegi} not` : 'met'}; "!" marks those that are not).`);
  if (o.events && eventCosts.length) {
    const over = results.filter((r) => median(r.eventRatios) - 1 >= 0.2).map((r) => r.name);
    console.log(
      `Recording events (CPU time, median of per-repetition ratios): geomean +${((geomean(eventCosts) - 1) * 100).toFixed(0)}%; target < 20% on every program: ${over.length ? `not met on ${over.join(', ')}` : 'met'}.` +
        (goTraceCosts.length ? ` Go's own execution tracer on the same programs: geomean +${((geomean(goTraceCosts) - 1) * 100).toFixed(0)}%.` : ''),
    );
  }
  for (const r of results) if (!r.ok) console.log(`${r.name}: wrong output: ${r.why}`);
}

/**
 * Memory per blocked goroutine: `blocked.go` starts N goroutines that block on
 * one channel, then sleeps; the machine stops on the sleep (every goroutine
 * parked), and the heap is measured against the machine before it ran.
 */
async function memory(n: number): Promise<void> {
  const src = blockedSource.replace(/const N = \d+/, `const N = ${n}`);
  const r = await load('blocked.go', src, { goVersion: 19 });
  if (!r.ok) throw new Error(r.message);
  const opts = { gomaxprocs: 1, numCPU: 1, seed: 1, preemption: 'async' as const, goVersion: 19, args: ['blocked'], stdin: null, maxCPU: 0 };
  const m = start(r.program, opts);
  let out = '';
  m.onWrite = (_fd, bytes) => void (out += bytes);
  gc();
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  // The program sleeps an hour once every goroutine is blocked: run until the clock passes 100 s.
  const st = m.run(Infinity, 100e9);
  const runMs = performance.now() - t0;
  if (st !== 'budget') throw new Error(`the memory program ended early (${st}): ${out}`);
  gc();
  gc();
  const after = process.memoryUsage();
  const blocked = m.allgs.filter((g) => g.status === 'waiting' && g.waitReason === 'chan receive').length;
  const heap = (after.heapUsed - before.heapUsed) / blocked;
  const ext = (after.external + after.arrayBuffers - before.external - before.arrayBuffers) / blocked;
  const rss = (after.rss - before.rss) / blocked;
  console.log(
    `memory: ${blocked} goroutines blocked on a channel: ${heap.toFixed(0)} B of JS heap per goroutine` +
      ` (external ${ext.toFixed(0)} B, RSS ${rss.toFixed(0)} B); creating them took ${((runMs * 1e6) / blocked).toFixed(0)} ns each (target ≤ 1024 B; native Go: 2,689 B)`,
  );
  // Let the program finish, so a machine that cannot is noticed.
  runToEnd(m);
  if (!out.includes(`done ${n}`)) throw new Error(`the memory program printed ${JSON.stringify(out)}`);
}

/** The time takeSnapshot needs on a machine with n goroutines blocked (target: < 5 ms for 10,000), once warm. */
async function snapshotCost(n: number): Promise<void> {
  const src = blockedSource.replace(/const N = \d+/, `const N = ${n}`);
  const r = await load('blocked.go', src, { goVersion: 19 });
  if (!r.ok) throw new Error(r.message);
  const m = start(r.program, { gomaxprocs: 1, numCPU: 1, seed: 1, preemption: 'async', goVersion: 19, args: ['blocked'], stdin: null, maxCPU: 0 });
  m.run(Infinity, 100e9);
  // Measured as at the stops of a debugging session once its first few: the
  // code warmed up (the JIT takes about ten snapshots of this size), the
  // garbage of the measures before collected (each snapshot pays for its own).
  gc();
  let t0 = performance.now();
  const s = takeSnapshot(m);
  const first = performance.now() - t0;
  const bytes = JSON.stringify(s).length;
  for (let i = 0; i < 10; i++) takeSnapshot(m);
  gc();
  const times: number[] = [];
  for (let i = 0; i < 31; i++) {
    t0 = performance.now();
    takeSnapshot(m);
    times.push(performance.now() - t0);
  }
  console.log(
    `snapshot: ${n} goroutines: takeSnapshot median ${median(times).toFixed(2)} ms of ${times.length} (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}; ` +
      `the first ${first.toFixed(1)} ms, then 10 to warm up), ${(bytes / 1024).toFixed(0)} KiB as JSON (target < 5 ms)`,
  );
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  console.log(`gosim benchmark, ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} CPUs, ${os.loadavg()[0].toFixed(2)} load`);
  const results = await benchPrograms(o);
  console.log('');
  report(o, results);
  if (o.memory) {
    console.log('');
    await memory(o.goroutines);
    await snapshotCost(10_000);
  }
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
