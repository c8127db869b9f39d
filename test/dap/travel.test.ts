// Time travel through the adapter, on the seed's getChars/getDigits lesson
// and the stepping fixture: Step Back across scheduling, Reverse Continue to
// the previous breakpoint hit, Restart Frame to a frame's first line with its
// arguments, and the panel's gosim/travel request; the Debug Console marks
// each travel, and the program's output is printed once, exactly as real Go
// prints it, however often the past is replayed.

import * as assert from 'assert';
import { DebugProtocol } from '@vscode/debugprotocol';
import { Session, expected, fixture, lineOf } from './support/session';
import { Transcript } from './support/transcript';
import type { SnapshotEventBody } from '../../src/protocol/dap';

describe('DAP: time travel', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  const chars = fixture('chars.go');
  const printDigit = lineOf('chars.go', 'fmt.Printf("%d ", d)');
  const rangeDigits = lineOf('chars.go', 'for _, d := range s');

  /** Where a stop is: reason, goroutine, function:line, and the named locals' values. */
  async function where(stop: DebugProtocol.StoppedEvent, ...names: string[]): Promise<string> {
    const top = await s.topFrame(stop.body.threadId!);
    const locals = names.length ? await s.scope(top.id, 'Locals') : [];
    const vals = names.map((n) => ` ${n}=${locals.find((v) => v.name === n)?.value ?? '-'}`).join('');
    return `${stop.body.reason} G${stop.body.threadId} ${top.name}:${top.line}${vals}`;
  }

  /** The Debug Console's travel marks so far. */
  function marks(): string[] {
    return s.output.filter((o) => o.category === 'console' && /^[⟲⟳]/.test(o.text)).map((o) => o.text.trim());
  }

  it('advertises step back and restart frame', async () => {
    const r = await s.dc.initializeRequest({ adapterID: 'gosim', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    assert.strictEqual(r.body?.supportsStepBack, true);
    assert.strictEqual(r.body?.supportsRestartFrame, true);
  });

  it('steps back across scheduling, reverse-continues to the previous hit, travels to a time, and prints the output once', async () => {
    const t = new Transcript('travel-getdigits');
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: printDigit }] }));
    const trail: string[] = [];
    trail.push(await where(await s.stopped(), 'd'));
    await s.dc.continueRequest({ threadId: 0 });
    trail.push(await where(await s.stopped(), 'd'));
    await s.dc.continueRequest({ threadId: 0 });
    const third = await s.stopped();
    trail.push(await where(third, 'd'));
    const tid = third.body.threadId!;
    const thirdTime = (await s.stopSnapshot()).snapshot.time;

    await s.dc.stepBackRequest({ threadId: tid });
    const back1 = await s.stopped();
    trail.push('stepBack -> ' + (await where(back1, 'd')));
    await s.dc.stepBackRequest({ threadId: tid });
    const back2 = await s.stopped();
    trail.push('stepBack -> ' + (await where(back2, 'd')));

    await s.dc.send('reverseContinue', { threadId: tid });
    const rc1 = await s.stopped();
    trail.push(`reverseContinue -> ${await where(rc1, 'd')} hit=${JSON.stringify(rc1.body.hitBreakpointIds)}`);
    await s.dc.send('reverseContinue', { threadId: tid });
    const rc2 = await s.stopped();
    trail.push(`reverseContinue -> ${await where(rc2)}`);

    const r = await s.dc.customRequest('gosim/travel', { time: thirdTime });
    const goto = await s.stopped();
    trail.push(`travel time=${thirdTime} -> step ${r.body.step} time=${r.body.time} ${await where(goto)}`);
    assert.ok(r.body.time >= thirdTime, 'the first moment virtual time reached the time asked for');

    await s.dc.continueRequest({ threadId: 0 });
    const again = await s.stopped();
    trail.push('continue -> ' + (await where(again, 'd')));

    for (const x of trail) t.add(x);
    for (const m of marks()) t.add(`console: ${m}`);
    assert.deepStrictEqual(
      trail.slice(0, 6).map((x) => x.replace(/ hit=.*/, '')),
      [
        `breakpoint G${tid} main.getDigits:${printDigit} d=1`,
        `breakpoint G${tid} main.getDigits:${printDigit} d=2`,
        `breakpoint G${tid} main.getDigits:${printDigit} d=3`,
        `stepBack -> step G${tid} main.getDigits:${rangeDigits} d=2`,
        `stepBack -> step G${tid} main.getDigits:${printDigit} d=2`,
        `reverseContinue -> breakpoint G${tid} main.getDigits:${printDigit} d=1`,
      ],
    );
    assert.strictEqual(trail[6], 'reverseContinue -> entry G1 main.main:' + lineOf('chars.go', 'fmt.Println("main execution started")'), 'with no earlier hit, reverse continue goes back to the start of main');
    assert.strictEqual(marks().length, 5, marks().join('\n'));
    assert.ok(marks()[0].startsWith('⟲ back to ') && marks()[4].startsWith('⟳ forward to '), marks().join('\n'));

    await s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [] });
    await s.dc.continueRequest({ threadId: 0 });
    await s.terminatedEvent();
    t.add(`terminated exitCode=${s.exitCode}`);
    t.add(`stdout: ${JSON.stringify(s.text('stdout'))}`);
    const want = expected('chars');
    assert.strictEqual(s.text('stdout'), want.stdout, 'the output is printed once, exactly as real Go prints it');
    assert.strictEqual(s.exitCode, want.code);
    t.check();
  });

  it('replays conditions and hit counts the same way: a hit-count breakpoint stops again where it stopped', async () => {
    const t = new Transcript('travel-hitcount');
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: printDigit, hitCondition: '==3' }, { line: rangeDigits, logMessage: 'digits left {len(s)}' }] }));
    const first = await s.stopped();
    const firstAt = await where(first, 'd');
    const logs = () => s.output.filter((o) => o.text.startsWith('digits left ')).length;
    const logsBefore = logs();
    await s.dc.send('reverseContinue', { threadId: first.body.threadId });
    const start = await s.stopped();
    const startAt = await where(start);
    await s.dc.continueRequest({ threadId: 0 });
    const second = await s.stopped();
    const secondAt = await where(second, 'd');
    t.add(`first: ${firstAt} (${logsBefore} log lines)`);
    t.add(`reverseContinue -> ${startAt}`);
    t.add(`continue -> ${secondAt} (${logs()} log lines)`);
    for (const m of marks()) t.add(`console: ${m}`);
    assert.strictEqual(firstAt, `breakpoint G${first.body.threadId} main.getDigits:${printDigit} d=3`);
    assert.strictEqual(start.body.reason, 'entry', 'the first two hits did not stop (==3), so there is no earlier stop');
    assert.strictEqual(secondAt, firstAt, 'the hit count starts again from the start: the third hit stops again');
    assert.ok(logsBefore >= 3, `${logsBefore} log lines`);
    assert.strictEqual(logs(), 2 * logsBefore, 'log points print again when the program runs past them again');
    t.check();
  });

  it('restarts a frame at its first line with its arguments, and can restart main', async () => {
    const t = new Transcript('travel-restart-frame');
    const steps = fixture('steps.go');
    const squareLine = lineOf('steps.go', 'return r');
    await s.launch({ program: steps }, () => s.dc.setBreakpointsRequest({ source: { path: steps }, breakpoints: [{ line: squareLine }] }));
    await s.stopped();
    await s.dc.continueRequest({ threadId: 0 });
    const second = await s.stopped();
    const st = await s.dc.stackTraceRequest({ threadId: second.body.threadId! });
    t.add(`stackTrace: ${st.body.stackFrames.map((f) => `${f.name}:${f.line}${f.canRestart ? ' (canRestart)' : ''}`).join(' | ')}`);
    const square = st.body.stackFrames[0];
    const before = await s.scope(square.id, 'Arguments');
    t.add(`at ${square.name}:${square.line} Arguments: ${before.map((v) => `${v.name}=${v.value}`).join(' ')}`);
    assert.ok(square.canRestart);

    await s.dc.send('restartFrame', { frameId: square.id });
    const restarted = await s.stopped();
    const top = await s.topFrame(restarted.body.threadId!);
    const args = await s.scope(top.id, 'Arguments');
    const locals = await s.scope(top.id, 'Locals');
    t.add(`restartFrame -> ${restarted.body.reason} ${top.name}:${top.line} Arguments: ${args.map((v) => `${v.name}=${v.value}`).join(' ')} Locals: ${locals.map((v) => `${v.name}=${v.value}`).join(' ')}`);
    assert.strictEqual(restarted.body.reason, 'restart');
    assert.deepStrictEqual([top.name, top.line], ['main.square', lineOf('steps.go', 'r := n * n')], 'the first line of square');
    assert.deepStrictEqual(
      args.map((v) => `${v.name}=${v.value}`),
      ['n=2'],
      'with the argument of this call (the second)',
    );

    const main = (await s.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.find((f) => f.name === 'main.main')!;
    await s.dc.send('restartFrame', { frameId: main.id });
    const inMain = await s.stopped();
    const mainTop = await s.topFrame(1);
    t.add(`restartFrame main.main -> ${inMain.body.reason} G${inMain.body.threadId} ${mainTop.name}:${mainTop.line}`);
    assert.deepStrictEqual([mainTop.name, mainTop.line], ['main.main', lineOf('steps.go', 'fmt.Println("sum"')]);

    await s.dc.setBreakpointsRequest({ source: { path: steps }, breakpoints: [] });
    await s.dc.continueRequest({ threadId: 0 });
    await s.terminatedEvent();
    for (const m of marks()) t.add(`console: ${m}`);
    t.add(`stdout: ${JSON.stringify(s.text('stdout'))}`);
    assert.strictEqual(s.text('stdout'), expected('steps').stdout);
    t.check();
  });

  it('with stopOnExit, pauses at the end showing the goroutine main left behind, travels back into the run, and ends on Continue', async () => {
    const t = new Transcript('travel-stop-on-exit');
    const early = fixture('early.go');
    const want = expected('early');
    await s.launch({ program: early, gomaxprocs: 1, stopOnExit: true });
    const end = await s.stopped();
    const threads = async () => (await s.dc.threadsRequest()).body.threads.map((th) => th.name);
    const atEnd = await threads();
    const endStack = (await s.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => `${f.name}:${f.line}`);
    t.add(`stopped: ${end.body.reason} "${end.body.description}" threads: ${atEnd.join(' | ')}; G1: ${endStack.join(' | ')}`);
    assert.strictEqual(end.body.reason, 'exit');
    assert.ok(!s.terminated, 'the session goes on');
    assert.strictEqual(s.text('stdout'), want.stdout, 'everything the program printed is out');
    assert.ok(
      atEnd.some((name) => /main\.printHello \[runnable\]/.test(name)),
      `printHello never ran: it is listed as runnable at the end (${atEnd.join(' | ')})`,
    );
    const final = s.snapshots[s.snapshots.length - 1]?.body as SnapshotEventBody | undefined;
    assert.ok(final && final.cause === 'exited' && final.snapshot.exited, 'the panel is shown the machine at its end');

    await s.dc.stepBackRequest({ threadId: 1 });
    const last = await s.stopped();
    const lastTop = await s.topFrame(1);
    t.add(`stepBack -> ${last.body.reason} G${last.body.threadId} ${lastTop.name}:${lastTop.line}`);
    assert.deepStrictEqual([last.body.reason, lastTop.name, lastTop.line], ['step', 'main.main', lineOf('early.go', 'fmt.Println("main execution stopped")')], "back to main's last line");

    await s.dc.send('reverseContinue', { threadId: 1 });
    const back = await s.stopped();
    const backTop = await s.topFrame(back.body.threadId!);
    t.add(`reverseContinue -> ${back.body.reason} G${back.body.threadId} ${backTop.name}:${backTop.line}`);
    assert.deepStrictEqual([back.body.reason, backTop.name, backTop.line], ['entry', 'main.main', lineOf('early.go', 'fmt.Println("main execution started")')]);

    await s.dc.nextRequest({ threadId: back.body.threadId! });
    const stepped = await s.stopped();
    const steppedTop = await s.topFrame(stepped.body.threadId!);
    t.add(`next -> ${stepped.body.reason} G${stepped.body.threadId} ${steppedTop.name}:${steppedTop.line}`);
    assert.deepStrictEqual([steppedTop.name, steppedTop.line], ['main.main', lineOf('early.go', 'go printHello()')], 'stepping works again after travelling back from the end');

    await s.dc.continueRequest({ threadId: 0 });
    const again = await s.stopped();
    t.add(`continue -> ${again.body.reason}`);
    assert.strictEqual(again.body.reason, 'exit', 'running on reaches the end again, and pauses there again');
    await s.dc.continueRequest({ threadId: 0 });
    await s.terminatedEvent();
    t.add(`continue -> terminated exitCode=${s.exitCode}`);
    for (const m of marks()) t.add(`console: ${m}`);
    t.add(`stdout: ${JSON.stringify(s.text('stdout'))}`);
    assert.strictEqual(s.text('stdout'), want.stdout, 'the output is printed once, exactly as real Go prints it');
    assert.strictEqual(s.exitCode, want.code);
    t.check();
  });

  it('refuses a travel request without a step or a time', async () => {
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: printDigit }] }));
    await s.stopped();
    await assert.rejects(s.dc.customRequest('gosim/travel', { step: 'soon' }), /needs a step or a time/);
  });
});
