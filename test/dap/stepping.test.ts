// Stepping through the adapter: next, step in and step out follow one
// goroutine; stepping in on a go statement enters the new goroutine; a
// breakpoint that another goroutine hits during a step stops there; stop on
// entry.

import * as assert from 'assert';
import { Session, expected, fixture, lineOf } from './support/session';
import { Transcript } from './support/transcript';

describe('DAP: stepping', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  const steps = fixture('steps.go');

  /** Steps with `request` and says where the goroutine is now. */
  async function step(request: 'nextRequest' | 'stepInRequest' | 'stepOutRequest', threadId: number): Promise<string> {
    await s.dc[request]({ threadId });
    const stop = await s.stopped();
    const top = await s.topFrame(stop.body.threadId!);
    return `${stop.body.reason} G${stop.body.threadId} ${top.name}:${top.line}`;
  }

  it('stops on entry at the first line of main.main', async () => {
    await s.launch({ program: steps, stopOnEntry: true });
    const stop = await s.stopped();
    assert.strictEqual(stop.body.reason, 'entry');
    assert.strictEqual(stop.body.threadId, 1);
    const top = await s.topFrame(1);
    assert.deepStrictEqual([top.name, top.line], ['main.main', lineOf('steps.go', 'fmt.Println("sum"')]);
  });

  it('steps in, over and out of calls on the same goroutine', async () => {
    const t = new Transcript('stepping-calls');
    await s.launch({ program: steps, stopOnEntry: true });
    await s.stopped();
    const trail: string[] = [];
    trail.push(await step('stepInRequest', 1)); // into sum
    trail.push(await step('nextRequest', 1)); // for
    trail.push(await step('nextRequest', 1)); // total += square(x)
    trail.push(await step('stepInRequest', 1)); // into square
    trail.push(await step('nextRequest', 1)); // return r
    trail.push(await step('stepOutRequest', 1)); // back in sum
    trail.push(await step('stepOutRequest', 1)); // back in main
    for (const x of trail) t.add(x);
    const at = (text: string) => lineOf('steps.go', text);
    assert.deepStrictEqual(trail, [
      `step G1 main.sum:${at('total := 0')}`,
      `step G1 main.sum:${at('for _, x := range xs')}`,
      `step G1 main.sum:${at('total += square(x)')}`,
      `step G1 main.square:${at('r := n * n')}`,
      `step G1 main.square:${at('return r')}`,
      `step G1 main.sum:${at('for _, x := range xs')}`,
      `step G1 main.main:${at('var wg sync.WaitGroup')}`,
    ]);
    await s.dc.continueRequest({ threadId: 1 });
    await s.terminatedEvent();
    assert.strictEqual(s.text('stdout'), expected('steps').stdout);
    t.check();
  });

  it('steps into the goroutine a go statement starts', async () => {
    const goLine = lineOf('steps.go', 'go worker(1, &wg)');
    await s.launch({ program: steps }, () => s.dc.setBreakpointsRequest({ source: { path: steps }, breakpoints: [{ line: goLine }] }));
    const stop = await s.stopped();
    assert.strictEqual(stop.body.threadId, 1);
    const where = await step('stepInRequest', 1);
    const threads = (await s.dc.threadsRequest()).body.threads;
    const worker = threads.find((x) => x.name.includes('main.worker'))!;
    assert.strictEqual(where, `step G${worker.id} main.worker:${lineOf('steps.go', 'defer wg.Done()')}`);
    assert.notStrictEqual(worker.id, 1);
  });

  it('next follows main across its own sleep, and stops where another goroutine hits a breakpoint', async () => {
    const sleepLine = lineOf('steps.go', 'time.Sleep(5 * time.Millisecond)');
    const doneLine = lineOf('steps.go', 'fmt.Println("worker", id, "done")');
    await s.launch({ program: steps }, () => s.dc.setBreakpointsRequest({ source: { path: steps }, breakpoints: [{ line: sleepLine }] }));
    const stop = await s.stopped();
    assert.strictEqual(stop.body.threadId, 1);
    // The worker hits this breakpoint while main sleeps through the step.
    await s.dc.setBreakpointsRequest({ source: { path: steps }, breakpoints: [{ line: doneLine }] });
    const during = await step('nextRequest', 1);
    assert.match(during, new RegExp(`^breakpoint G\\d+ main.worker:${doneLine}$`));
    assert.doesNotMatch(during, /G1 /);
    await s.dc.setBreakpointsRequest({ source: { path: steps }, breakpoints: [] });
    // Main, stepped again, comes back from its sleep to the next line.
    const after = await step('nextRequest', 1);
    assert.strictEqual(after, `step G1 main.main:${lineOf('steps.go', 'wg.Wait()')}`);
  });
});
