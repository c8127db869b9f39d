// Requests a client should not send — missing arguments, ids that name
// nothing, commands that do not exist — each get an error response that says
// what is wrong, and the session goes on as if they had not been sent: the
// adapter never crashes and never stops answering.

import * as assert from 'assert';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { Session, expected, fixture, lineOf } from './support/session';

/** The error message of a request that must fail. */
async function refused(s: Session, command: string, args?: unknown): Promise<string> {
  try {
    await s.dc.customRequest(command, args);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${command} ${JSON.stringify(args)} was answered with success`);
}

describe('DAP: malformed requests', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('answers a launch without arguments, or with a program that is not a string, with an error and ends the session', async () => {
    await s.dc.initializeRequest({ adapterID: 'gosim', pathFormat: 'path' });
    assert.match(await refused(s, 'launch'), /gosim: the launch configuration has no "program"/);
    await s.terminatedEvent();
    const t = await Session.start();
    try {
      await t.dc.initializeRequest({ adapterID: 'gosim', pathFormat: 'path' });
      assert.match(await refused(t, 'launch', { program: 42 }), /has no "program"/);
      await t.terminatedEvent();
    } finally {
      await t.stop();
    }
  });

  it('answers requests about nothing before a launch with errors', async () => {
    await s.dc.initializeRequest({ adapterID: 'gosim', pathFormat: 'path' });
    assert.deepStrictEqual((await s.dc.threadsRequest()).body.threads, []);
    assert.match(await refused(s, 'stackTrace', { threadId: 1 }), /gosim: no program is being debugged/);
    assert.match(await refused(s, 'next', { threadId: 1 }), /gosim: no program is being debugged/);
    assert.match(await refused(s, 'scopes', { frameId: 1 }), /gosim: no program is being debugged/);
    assert.match(await refused(s, 'variables', { variablesReference: 1 }), /gosim: no program is being debugged/);
    assert.match(await refused(s, 'evaluate', { expression: '1+1' }), /gosim: no program is being debugged/);
    assert.match(await refused(s, 'exceptionInfo', { threadId: 1 }), /not stopped on an exception/);
    assert.match(await refused(s, 'restart'), /nothing to restart/);
  });

  it('answers missing arguments, unknown ids and unknown commands with errors, and goes on debugging', async () => {
    const chars = fixture('chars.go');
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: lineOf('chars.go', 'fmt.Printf("%d ", d)') }] }));
    const stop = await s.stopped();
    const tid = stop.body.threadId!;

    // Missing arguments: the message names what is missing.
    for (const command of ['stackTrace', 'next', 'stepIn', 'stepOut', 'stepBack']) {
      assert.match(await refused(s, command), /gosim: .* needs "threadId"/, command);
      assert.match(await refused(s, command, { threadId: 'one' }), /gosim: .* needs "threadId"/, command);
    }
    assert.match(await refused(s, 'scopes'), /needs "frameId"/);
    assert.match(await refused(s, 'restartFrame', {}), /needs "frameId"/);
    assert.match(await refused(s, 'variables', {}), /needs "variablesReference"/);
    assert.match(await refused(s, 'setVariable', { variablesReference: 1, name: 'd' }), /needs "value"/);
    assert.match(await refused(s, 'evaluate', {}), /needs "expression"/);
    assert.match(await refused(s, 'setBreakpoints', {}), /needs "source"/);
    assert.match(await refused(s, 'setFunctionBreakpoints', {}), /needs "breakpoints"/);
    assert.match(await refused(s, 'setExceptionBreakpoints', {}), /needs "filters"/);
    assert.match(await refused(s, 'gosim/travel', {}), /gosim\/travel needs a step or a time/);

    // Ids that name nothing.
    assert.match(await refused(s, 'stackTrace', { threadId: 99999 }), /gosim: no goroutine 99999/);
    assert.match(await refused(s, 'next', { threadId: 99999 }), /gosim: no goroutine 99999/);
    assert.match(await refused(s, 'scopes', { frameId: 99999 }), /gosim: no stack frame 99999/);
    assert.match(await refused(s, 'evaluate', { expression: 'd', frameId: 99999 }), /gosim: no stack frame 99999/);
    assert.match(await refused(s, 'restartFrame', { frameId: 99999 }), /gosim: no stack frame 99999/);
    assert.match(await refused(s, 'variables', { variablesReference: 99999 }), /gosim: no variables with reference 99999/);
    assert.match(await refused(s, 'setVariable', { variablesReference: 99999, name: 'd', value: '7' }), /gosim: no variables with reference 99999/);
    assert.match(await refused(s, 'noSuchCommand', { x: 1 }), /unrecognized request|noSuchCommand/i);

    await s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [] });
    // The session is intact: the same stop, its frames and locals, then the run to the end.
    const top = await s.topFrame(tid);
    assert.strictEqual(top.name, 'main.getDigits');
    assert.ok((await s.scope(top.id, 'Locals')).some((v) => v.name === 'd'));
    await s.dc.nextRequest({ threadId: tid });
    await s.stopped();
    await s.dc.continueRequest({ threadId: tid } as DebugProtocol.ContinueArguments);
    await s.terminatedEvent();
    assert.strictEqual(s.text('stdout'), expected('chars').stdout);
  });
});
