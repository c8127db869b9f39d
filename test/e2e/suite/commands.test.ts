// The editor's ways in without a launch.json: the "Run | Debug" CodeLens over
// `func main` and the editor title's buttons, whose commands (gosim.runFile,
// gosim.debugFile) start a gosim session on the file.

import * as assert from 'assert';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import * as vscode from 'vscode';
import { DapRecorder } from './dapRecorder';
import { GOROUTINE_LINE, LESSON, lessonUri, waitFor } from './workspace';

/** Resolves when the session of that id ends; it notes every end from its creation on, so an end before the id is known counts too. */
function endOf(id: () => string | undefined): { ended: (timeoutMs: number, what: string) => Promise<void>; dispose(): void } {
  const ends = new Set<string>();
  const sub = vscode.debug.onDidTerminateDebugSession((s) => ends.add(s.id));
  return {
    ended: (timeoutMs, what) => waitFor(what, () => ends.has(id() ?? ''), timeoutMs).then(() => undefined),
    dispose: () => sub.dispose(),
  };
}

/** The next gosim session to start. */
function nextSession(): { started: Promise<vscode.DebugSession>; dispose(): void } {
  let resolve: (s: vscode.DebugSession) => void = () => undefined;
  const started = new Promise<vscode.DebugSession>((r) => (resolve = r));
  const sub = vscode.debug.onDidStartDebugSession((s) => {
    if (s.type === 'gosim') resolve(s);
  });
  return { started, dispose: () => sub.dispose() };
}

describe('running and debugging a lesson from the editor', function () {
  this.timeout(60_000);
  let recorder: DapRecorder;

  before(async () => {
    recorder = new DapRecorder('gosim');
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(lessonUri()));
  });

  after(() => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    recorder?.dispose();
  });

  it('shows Run and Debug (gosim) over func main', async () => {
    const lenses = await waitFor(
      'the CodeLens over func main',
      async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', lessonUri());
        return found?.some((l) => l.command?.command === 'gosim.debugFile') && found;
      },
      20_000,
    );
    const commands = lenses.filter((l) => l.command?.command.startsWith('gosim.'));
    assert.deepStrictEqual(commands.map((l) => l.command!.command).sort(), ['gosim.debugFile', 'gosim.runFile']);
    const mainLine = 21; // 0-based: `func main() {` is line 22 of the lesson
    for (const l of commands) {
      assert.strictEqual(l.range.start.line, mainLine, `${l.command!.command} is over line ${l.range.start.line + 1}`);
      assert.strictEqual(l.command!.arguments?.[0]?.toString(), lessonUri().toString());
    }
  });

  it('gosim.runFile runs the lesson to the end without stopping at a breakpoint', async () => {
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(lessonUri(), new vscode.Position(GOROUTINE_LINE - 1, 0)))]);
    const next = nextSession();
    let id: string | undefined;
    const end = endOf(() => id);
    try {
      const ok = await vscode.commands.executeCommand<boolean>('gosim.runFile', lessonUri());
      assert.strictEqual(ok, true, 'gosim.runFile did not start a session');
      const s = await next.started;
      id = s.id;
      assert.strictEqual(path.basename(String(s.configuration.program)), LESSON);
      assert.strictEqual(s.configuration.noDebug, true);
      // Nobody stops it: it ends by itself once main returns.
      await end.ended(30_000, 'the run to end by itself');
      assert.deepStrictEqual(recorder.events(s, 'stopped'), [], 'a run without debugging stopped');
      const out = recorder.output(s);
      assert.ok(out.startsWith('main execution started\n') && out.includes('main execution stopped\n'), `output was ${JSON.stringify(out)}`);
    } finally {
      next.dispose();
      end.dispose();
      vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    }
  });

  it('gosim.debugFile debugs the lesson with no launch configuration: it stops at a breakpoint in a goroutine', async () => {
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(lessonUri(), new vscode.Position(GOROUTINE_LINE - 1, 0)))]);
    const next = nextSession();
    let id: string | undefined;
    const end = endOf(() => id);
    try {
      const ok = await vscode.commands.executeCommand<boolean>('gosim.debugFile', lessonUri());
      assert.strictEqual(ok, true, 'gosim.debugFile did not start a session');
      const s = await next.started;
      id = s.id;
      assert.strictEqual(path.basename(String(s.configuration.program)), LESSON);
      assert.ok(!s.configuration.noDebug, 'gosim.debugFile started a run without debugging');
      const stop = await recorder.stopped(s, 0);
      assert.strictEqual(stop.body.reason, 'breakpoint');
      const trace = (await s.customRequest('stackTrace', { threadId: stop.body.threadId })) as DebugProtocol.StackTraceResponse['body'];
      assert.strictEqual(trace.stackFrames[0].name, 'main.getChars');
      assert.strictEqual(trace.stackFrames[0].line, GOROUTINE_LINE);
      await vscode.debug.stopDebugging(s);
      await end.ended(20_000, 'the session to end after stopDebugging');
    } finally {
      next.dispose();
      end.dispose();
      vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    }
  });
});
