// Controlling a session: pausing a runaway loop, terminating, restarting, and
// disconnecting at any moment — after which nothing of the program runs and,
// over stdio, the adapter process is gone.

import * as assert from 'assert';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ChildProcess } from 'child_process';
import { createHook } from 'async_hooks';
import { PassThrough } from 'stream';
import { GosimSession } from '../../src/adapter/session';
import { Session, expected, fixture, lineOf } from './support/session';

function adapterProcess(s: Session): ChildProcess {
  return (s.dc as unknown as { _adapterProcess: ChildProcess })._adapterProcess;
}

/** Resolves when the process has exited; rejects after ms. */
function exited(p: ChildProcess, ms = 3000): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('the adapter process is still running')), ms);
    p.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

async function until(cond: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('DAP: control', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('pauses a runaway loop, and pauses it again after continuing', async () => {
    await s.launch({ program: fixture('spin.go') });
    await until(() => s.text('stdout').includes('spinning'));
    const counts: number[] = [];
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await s.dc.pauseRequest({ threadId: 1 });
      const stop = await s.stopped(2000);
      assert.strictEqual(stop.body.reason, 'pause');
      assert.strictEqual(stop.body.threadId, 1);
      const top = await s.topFrame(1);
      assert.strictEqual(top.name, 'main.main');
      assert.ok([lineOf('spin.go', 'for {'), lineOf('spin.go', 'n++')].includes(top.line), `paused in the loop, at line ${top.line}`);
      counts.push(Number((await s.dc.evaluateRequest({ expression: 'n', frameId: top.id, context: 'repl' })).body.result));
      await s.dc.continueRequest({ threadId: 1 });
    }
    assert.ok(counts[0] > 0 && counts[1] > counts[0], `the loop ran between the pauses: ${counts}`);
    const p = adapterProcess(s);
    await s.dc.disconnectRequest({});
    await exited(p);
  });

  it('terminates a running program', async () => {
    await s.launch({ program: fixture('spin.go') });
    await until(() => s.text('stdout').includes('spinning'));
    await s.dc.terminateRequest({});
    await s.terminatedEvent();
  });

  it('restarts from the beginning, keeping breakpoints', async () => {
    const chars = fixture('chars.go');
    const line = lineOf('chars.go', 'fmt.Printf("%d ", d)');
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line }] }));
    const first = await s.stopped();
    await s.dc.continueRequest({ threadId: first.body.threadId! });
    await s.stopped();
    const before = s.text('stdout');
    await s.dc.restartRequest({ arguments: { program: chars, goVersion: '1.19' } as DebugProtocol.LaunchRequestArguments });
    const again = await s.stopped();
    assert.strictEqual(again.body.reason, 'breakpoint');
    const top = await s.topFrame(again.body.threadId!);
    assert.strictEqual(top.line, line);
    assert.strictEqual((await s.scope(top.id, 'Locals')).find((v) => v.name === 'd')?.value, '1', 'the program started over');
    await s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [] });
    await s.dc.continueRequest({ threadId: again.body.threadId! });
    await s.terminatedEvent();
    assert.strictEqual(s.text('stdout'), before + expected('chars').stdout, 'the second run prints its whole output');
  });

  describe('disconnect at any moment leaves nothing running', () => {
    const moments: [string, (s: Session) => Promise<void>][] = [
      ['after initialize', async (x) => void (await x.dc.initializeRequest({ adapterID: 'gosim', pathFormat: 'path' }))],
      [
        'while the launch waits for configuration',
        async (x) => {
          await x.dc.initializeRequest({ adapterID: 'gosim', pathFormat: 'path' });
          void x.dc.launchRequest({ program: fixture('chars.go') } as never).catch(() => undefined);
          await x.dc.waitForEvent('initialized');
        },
      ],
      [
        'while a runaway loop runs',
        async (x) => {
          await x.launch({ program: fixture('spin.go') });
          await until(() => x.text('stdout').includes('spinning'));
        },
      ],
      [
        'while stopped at a breakpoint',
        async (x) => {
          const chars = fixture('chars.go');
          await x.launch({ program: chars }, () => x.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: lineOf('chars.go', 'fmt.Printf("%d ", d)') }] }));
          await x.stopped();
        },
      ],
      [
        'while the program waits for input',
        async (x) => {
          await x.launch({ program: fixture('attrs.go') });
          await until(() => x.text('console').includes('waits for input'));
        },
      ],
    ];
    for (const [moment, reach] of moments) {
      it(moment, async () => {
        await reach(s);
        const p = adapterProcess(s);
        await s.dc.disconnectRequest({});
        await exited(p);
      });
    }

    /** A session as the extension host runs it (inline, no process), with the timers and immediates its code made that are still alive. */
    function inlineSession() {
      const session = new GosimSession();
      session.setRunAsServer(true);
      const input = new PassThrough();
      const output = new PassThrough();
      const seen: { type: string; event?: string; command?: string; body?: { category?: string; output?: string } }[] = [];
      let buf = '';
      output.on('data', (d: Buffer) => {
        buf += d.toString('utf8');
        for (;;) {
          const m = /Content-Length: (\d+)\r\n\r\n/.exec(buf);
          if (!m || buf.length < m.index + m[0].length + Number(m[1])) break;
          const start = m.index + m[0].length;
          seen.push(JSON.parse(buf.slice(start, start + Number(m[1]))));
          buf = buf.slice(start + Number(m[1]));
        }
      });
      session.start(input, output);
      let seq = 1;
      const send = (command: string, args: unknown = {}) => {
        const json = JSON.stringify({ seq: seq++, type: 'request', command, arguments: args });
        input.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
      };
      // Timers and immediates made by the session's code, alive until they have run or been cleared.
      const live = new Map<number, string>();
      const hook = createHook({
        init(id, type) {
          if (type !== 'Timeout' && type !== 'Immediate') return;
          const stack = new Error().stack ?? '';
          if (/Runner\.schedule|GosimSession/.test(stack)) live.set(id, stack);
        },
        destroy(id) {
          live.delete(id);
        },
      }).enable();
      /** Disconnects; afterwards no timer or immediate of the session may be left. */
      const disconnect = async () => {
        send('disconnect');
        await until(() => seen.some((m) => m.command === 'disconnect'));
        await new Promise((r) => setTimeout(r, 50));
        hook.disable();
        assert.deepStrictEqual([...live.values()], [], 'no slice or snapshot is scheduled any more');
        session.dispose();
      };
      return { send, seen, live, disconnect };
    }

    it('inside the extension host: no timer or immediate of the session survives', async () => {
      const { send, seen, live, disconnect } = inlineSession();
      send('initialize', { adapterID: 'gosim', pathFormat: 'path' });
      send('launch', { program: fixture('spin.go') });
      await until(() => seen.some((m) => m.event === 'initialized'));
      send('configurationDone');
      await until(() => seen.some((m) => m.event === 'output' && m.body?.output === 'spinning\n'));
      assert.ok(live.size > 0, 'the program runs in slices scheduled on the event loop');
      await disconnect();
    });

    it('inside the extension host, right after a stop: the stop\'s snapshot, still waiting, is dropped', async () => {
      const { send, seen, disconnect } = inlineSession();
      const chars = fixture('chars.go');
      send('initialize', { adapterID: 'gosim', pathFormat: 'path' });
      send('launch', { program: chars });
      await until(() => seen.some((m) => m.event === 'initialized'));
      send('setBreakpoints', { source: { path: chars }, breakpoints: [{ line: lineOf('chars.go', 'fmt.Printf("%d ", d)') }] });
      send('configurationDone');
      await until(() => seen.some((m) => m.event === 'stopped'));
      await disconnect();
    });
  });
});
