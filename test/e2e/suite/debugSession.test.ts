// A gosim debug session on a seed lesson, started as launch.json would start
// it: it stops on a breakpoint inside a goroutine, lists the goroutines as
// threads, answers gosim/snapshot, steps, prints the lesson's output, and
// opens the Scheduler panel beside the editor.

import * as assert from 'assert';
import type { DebugProtocol } from '@vscode/debugprotocol';
import * as vscode from 'vscode';
import type { SnapshotResponseBody } from '../../../src/protocol/dap';
import { DapRecorder } from './dapRecorder';
import { GOROUTINE_LINE, lessonUri, waitFor } from './workspace';

describe('a gosim debug session on 06_multiple_goroutines.go', function () {
  this.timeout(60_000);
  let recorder: DapRecorder;
  let session: vscode.DebugSession;
  let stop: DebugProtocol.StoppedEvent;
  const breakpoint = () => new vscode.SourceBreakpoint(new vscode.Location(lessonUri(), new vscode.Position(GOROUTINE_LINE - 1, 0)));

  before(async () => {
    recorder = new DapRecorder('gosim');
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(lessonUri()));
  });

  after(async () => {
    if (session) {
      const ended = new Promise<void>((resolve) => {
        const sub = vscode.debug.onDidTerminateDebugSession((s) => {
          if (s.id === session.id) {
            sub.dispose();
            resolve();
          }
        });
      });
      await vscode.debug.stopDebugging(session);
      await Promise.race([ended, new Promise((r) => setTimeout(r, 10_000))]);
    }
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    recorder?.dispose();
  });

  it('starts with vscode.debug.startDebugging and stops at a breakpoint in getChars', async () => {
    vscode.debug.addBreakpoints([breakpoint()]);
    const started = new Promise<vscode.DebugSession>((resolve) => {
      const sub = vscode.debug.onDidStartDebugSession((s) => {
        if (s.type === 'gosim') {
          sub.dispose();
          resolve(s);
        }
      });
    });
    const activeStack = new Promise<vscode.DebugThread | vscode.DebugStackFrame>((resolve) => {
      const sub = vscode.debug.onDidChangeActiveStackItem((item) => {
        if (item) {
          sub.dispose();
          resolve(item);
        }
      });
    });
    const folder = vscode.workspace.workspaceFolders![0];
    const ok = await vscode.debug.startDebugging(folder, { type: 'gosim', request: 'launch', name: 'e2e: 06_multiple_goroutines', program: lessonUri().fsPath, gomaxprocs: 2 });
    assert.ok(ok, 'startDebugging returned false');
    session = await started;
    stop = await recorder.stopped(session, 0);
    assert.strictEqual(stop.body.reason, 'breakpoint');
    const item = await activeStack;
    assert.strictEqual(item.threadId, stop.body.threadId, 'the Call Stack focused another goroutine than the one stopped');
    const trace = (await session.customRequest('stackTrace', { threadId: stop.body.threadId })) as DebugProtocol.StackTraceResponse['body'];
    assert.strictEqual(trace.stackFrames[0].name, 'main.getChars');
    assert.strictEqual(trace.stackFrames[0].line, GOROUTINE_LINE);
  });

  it('lists the goroutines as threads, by id and start function', async () => {
    const { threads } = (await session.customRequest('threads')) as DebugProtocol.ThreadsResponse['body'];
    const names = threads.map((t) => t.name);
    assert.ok(names.some((n) => /^G1 main\.main\b/.test(n)), `no main goroutine in ${names.join(' | ')}`);
    const chars = threads.find((t) => t.id === stop.body.threadId);
    assert.ok(chars && /^G\d+ main\.getChars\b/.test(chars.name), `the stopped thread is ${chars?.name}`);
  });

  it('answers gosim/snapshot with the machine: GOMAXPROCS Ps, the stopped goroutine on one of them', async () => {
    const r = (await session.customRequest('gosim/snapshot', { events: true })) as SnapshotResponseBody;
    assert.strictEqual(r.snapshot.gomaxprocs, 2);
    assert.strictEqual(r.snapshot.ps.length, 2);
    const g = r.snapshot.goroutines.find((x) => x.id === stop.body.threadId);
    assert.ok(g, 'the stopped goroutine is not in the snapshot');
    assert.strictEqual(g.startFunc, 'main.getChars');
    assert.ok(r.snapshot.ps.some((p) => p.running === g.id), 'no P runs the stopped goroutine');
    assert.ok(Array.isArray(r.events) && r.events.length > 0, 'no scheduler events');
  });

  it('sends gosim/snapshot events that the panel draws', async () => {
    await waitFor('a gosim/snapshot event', () => recorder.events(session, 'gosim/snapshot').length > 0);
  });

  it('opens the Scheduler panel beside the editor', async () => {
    const tab = await waitFor('the Go Scheduler tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('gosim.scheduler')),
    );
    const editorColumn = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    assert.notStrictEqual(tab.group.viewColumn, editorColumn, 'the panel is in the editor’s own group');
  });

  it('has printed the lesson’s first line to the Debug Console', async () => {
    await waitFor('“main execution started” in the output', () => recorder.output(session).includes('main execution started\n'));
  });

  it('steps over within the goroutine', async () => {
    const seen = recorder.events(session, 'stopped').length;
    await session.customRequest('next', { threadId: stop.body.threadId });
    const next = await recorder.stopped(session, seen);
    assert.strictEqual(next.body.reason, 'step');
    assert.strictEqual(next.body.threadId, stop.body.threadId);
    const trace = (await session.customRequest('stackTrace', { threadId: stop.body.threadId })) as DebugProtocol.StackTraceResponse['body'];
    assert.strictEqual(trace.stackFrames[0].name, 'main.getChars');
    assert.ok([11, 12].includes(trace.stackFrames[0].line), `stepped to line ${trace.stackFrames[0].line}`);
  });

  it('runs to the end once the breakpoint is removed, printing what Go prints', async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await waitFor('VS Code to clear the breakpoints in the adapter', () =>
      recorder.requests(session, 'setBreakpoints').some((r) => (r.arguments as DebugProtocol.SetBreakpointsArguments).breakpoints?.length === 0),
    );
    const ended = new Promise<void>((resolve) => {
      const sub = vscode.debug.onDidTerminateDebugSession((s) => {
        if (s.id === session.id) {
          sub.dispose();
          resolve();
        }
      });
    });
    await session.customRequest('continue', { threadId: stop.body.threadId });
    await ended;
    const out = recorder.output(session);
    assert.ok(out.includes('%!s(int32=72) %!s(int32=101)'), `output was ${JSON.stringify(out)}`);
    assert.ok(out.includes('main execution stopped\n'), `output was ${JSON.stringify(out)}`);
    session = undefined as unknown as vscode.DebugSession;
  });
});
