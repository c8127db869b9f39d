// The debug adapter's latency, as a user feels it (issue 4): launch → first
// `stopped`, `next` → `stopped`, and `threads` + `stackTrace` with 10,000
// goroutines, over DAP against dist/debugAdapter.js (a process per session,
// as the tests run it; inside VS Code the adapter runs inline, without the
// process start).
//
//   node esbuild.js && node dist/benchDap.js [--reps N]
//
// Figures are medians of N repetitions (default 7). The machine is shared and
// noisy: compare figures from one run.

import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import lessonSource from '../test/dap/fixtures/chars.go';
import manySource from './dapMany.go';
import { median } from './measure';

const adapter = path.join(__dirname, 'debugAdapter.js');

function lineOf(source: string, text: string): number {
  return source.split('\n').findIndex((l) => l.includes(text)) + 1;
}

/** A started adapter process with its client; `stopped` events queue up in order. */
async function client(): Promise<{ dc: DebugClient; stopped: () => Promise<DebugProtocol.StoppedEvent> }> {
  const dc = new DebugClient('node', adapter, 'gosim');
  dc.defaultTimeout = 60000;
  const queue: DebugProtocol.StoppedEvent[] = [];
  const waiting: ((e: DebugProtocol.StoppedEvent) => void)[] = [];
  dc.on('stopped', (e: DebugProtocol.StoppedEvent) => (waiting.length ? waiting.shift()!(e) : queue.push(e)));
  await dc.start();
  return { dc, stopped: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => waiting.push(r))) };
}

/** initialize + launch with breakpoints on `line`; returns ms from the launch request to the first stopped event, and from initialize. */
async function launchToStop(c: Awaited<ReturnType<typeof client>>, program: string, line: number, extra: Record<string, unknown> = {}): Promise<{ fromLaunch: number; fromInitialize: number }> {
  const t0 = performance.now();
  await c.dc.initializeRequest({ adapterID: 'gosim', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
  const configured = c.dc.waitForEvent('initialized').then(async () => {
    await c.dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line }] });
    await c.dc.configurationDoneRequest();
  });
  const t1 = performance.now();
  void c.dc.launchRequest({ program, ...extra } as DebugProtocol.LaunchRequestArguments);
  await configured;
  await c.stopped();
  const t2 = performance.now();
  return { fromLaunch: t2 - t1, fromInitialize: t2 - t0 };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const reps = argv[0] === '--reps' ? Number(argv[1]) : 7;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gosim-bench-dap-'));
  const lesson = path.join(dir, 'lesson.go');
  const many = path.join(dir, 'many.go');
  fs.writeFileSync(lesson, lessonSource);
  fs.writeFileSync(many, manySource);
  const bpLesson = lineOf(lessonSource, 'fmt.Printf("%d ", d)');
  const bpMany = lineOf(manySource, '// breakpoint');

  const cold: number[] = [];
  const coldInit: number[] = [];
  const warm: number[] = [];
  const next: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c = await client();
    const t = await launchToStop(c, lesson, bpLesson);
    cold.push(t.fromLaunch);
    coldInit.push(t.fromInitialize);
    // The same process again (its library packages already parsed), as a restart or a second F5 in VS Code.
    const t0 = performance.now();
    await c.dc.restartRequest({ arguments: { program: lesson } as DebugProtocol.LaunchRequestArguments });
    await c.stopped();
    warm.push(performance.now() - t0);
    const tid = (await c.dc.threadsRequest()).body.threads.find((x) => x.name.includes('getDigits'))!.id;
    await c.dc.setBreakpointsRequest({ source: { path: lesson }, breakpoints: [] });
    for (let k = 0; k < 3; k++) {
      const s0 = performance.now();
      await c.dc.nextRequest({ threadId: tid });
      await c.stopped();
      next.push(performance.now() - s0);
    }
    await c.dc.stop();
  }

  const listing: Record<string, number[]> = { 'maxThreads 1000': [], 'maxThreads 10000': [] };
  const stop10k: number[] = [];
  for (const [label, maxThreads] of [
    ['maxThreads 1000', 1000],
    ['maxThreads 10000', 10000],
  ] as const) {
    const c = await client();
    stop10k.push((await launchToStop(c, many, bpMany, { maxThreads })).fromLaunch);
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      const threads = (await c.dc.threadsRequest()).body.threads;
      const last = threads[threads.length - 1];
      await c.dc.stackTraceRequest({ threadId: 1 });
      await c.dc.stackTraceRequest({ threadId: last.id });
      listing[label].push(performance.now() - t0);
      // A stop in between, as in real use: the adapter's per-stop caches start over.
      await c.dc.nextRequest({ threadId: 1 });
      await c.stopped();
    }
    await c.dc.stop();
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const f = (xs: number[]) => `${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;
  console.log(`gosim debug adapter latency, medians over ${reps} repetitions`);
  console.log(`  launch → first stopped, new adapter process   ${f(cold)}`);
  console.log(`    (initialize → first stopped)                ${f(coldInit)}`);
  console.log(`  restart → stopped, same process               ${f(warm)}`);
  console.log(`  next → stopped                                ${f(next)}`);
  console.log(`  launch → stopped, 10,000 goroutines           ${f(stop10k)}`);
  for (const [label, xs] of Object.entries(listing)) console.log(`  threads + 2 stackTraces, 10,000 goroutines, ${label.padEnd(16)} ${f(xs)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
