// The Scheduler panel's host side (src/host/schedulerPanel.ts) against a
// stand-in for the `vscode` module: it opens the panel when a gosim session
// starts, waits for the webview to be ready, relays snapshots, replays the
// whole history to a recreated or restored webview, asks the adapter to focus
// a clicked goroutine or to travel to a clicked moment, and drops malformed
// messages from the webview.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { SnapshotEventBody } from '../../src/protocol/dap';
import type { HostToPanel, SnapshotDidChange } from '../../src/protocol/panel';
import { parsePanelMessage } from '../../src/host/panelMessages';
import { specs } from './fixtureSpecs';
import { record, Recording, repoRoot } from './recorder';

type Listener = (e: unknown) => void;
class Emitter {
  listeners: Listener[] = [];
  event = (l: Listener) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e?: unknown) {
    for (const l of [...this.listeners]) l(e);
  }
}

interface FakePanel {
  viewType: string;
  column: unknown;
  options: Record<string, unknown>;
  webview: { html: string; options: Record<string, unknown>; cspSource: string; posted: HostToPanel[]; receive: Emitter; postMessage(m: HostToPanel): Promise<boolean>; asWebviewUri(u: { path: string }): { toString(): string }; onDidReceiveMessage: Emitter['event'] };
  reveals: number;
  disposed: boolean;
  disposeEmitter: Emitter;
  reveal(): void;
  dispose(): void;
  onDidDispose: Emitter['event'];
}

function makePanel(viewType: string, column: unknown, options: Record<string, unknown>): FakePanel {
  const receive = new Emitter();
  const disposeEmitter = new Emitter();
  const panel: FakePanel = {
    viewType,
    column,
    options,
    webview: {
      html: '',
      options: {},
      cspSource: 'vscode-webview://fake',
      posted: [],
      receive,
      postMessage: async (m) => {
        panel.webview.posted.push(JSON.parse(JSON.stringify(m)));
        return true;
      },
      asWebviewUri: (u) => ({ toString: () => `vscode-webview://fake${u.path}` }),
      onDidReceiveMessage: receive.event,
    },
    reveals: 0,
    disposed: false,
    disposeEmitter,
    reveal: () => void panel.reveals++,
    dispose: () => {
      if (panel.disposed) return;
      panel.disposed = true;
      disposeEmitter.fire();
    },
    onDidDispose: disposeEmitter.event,
  };
  return panel;
}

function makeVscode() {
  const ev = {
    start: new Emitter(),
    active: new Emitter(),
    terminate: new Emitter(),
    custom: new Emitter(),
    stackItem: new Emitter(),
  };
  const state = {
    panels: [] as FakePanel[],
    commands: new Map<string, () => unknown>(),
    serializer: null as null | { deserializeWebviewPanel(p: unknown, s: unknown): Promise<void> },
    warnings: [] as string[],
  };
  const vscode = {
    Uri: {
      joinPath: (base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join('/') }),
    },
    ViewColumn: { Beside: -2 },
    window: {
      createWebviewPanel: (viewType: string, _title: string, column: unknown, options: Record<string, unknown>) => {
        const p = makePanel(viewType, column, options);
        state.panels.push(p);
        return p;
      },
      registerWebviewPanelSerializer: (_t: string, s: typeof state.serializer) => {
        state.serializer = s;
        return { dispose() {} };
      },
      showWarningMessage: async (m: string) => void state.warnings.push(m),
    },
    commands: {
      registerCommand: (id: string, fn: () => unknown) => {
        state.commands.set(id, fn);
        return { dispose() {} };
      },
    },
    debug: {
      activeDebugSession: undefined as unknown,
      onDidStartDebugSession: ev.start.event,
      onDidChangeActiveDebugSession: ev.active.event,
      onDidTerminateDebugSession: ev.terminate.event,
      onDidReceiveDebugSessionCustomEvent: ev.custom.event,
      onDidChangeActiveStackItem: ev.stackItem.event,
    },
  };
  return { vscode, ev, state };
}

interface FakeSession {
  id: string;
  name: string;
  type: string;
  requests: [string, unknown][];
  customRequest(cmd: string, args: unknown): Promise<unknown>;
}

function makeSession(id: string, type = 'gosim', answer?: (cmd: string, args: unknown) => unknown): FakeSession {
  const s: FakeSession = {
    id,
    name: `lesson ${id}`,
    type,
    requests: [],
    customRequest: async (cmd, args) => {
      s.requests.push([cmd, args]);
      if (answer) return answer(cmd, args);
      throw new Error('no program is loaded');
    },
  };
  return s;
}

/** Loads src/host/schedulerPanel.ts with the stand-in as its `vscode`. */
function loadHost(vscode: unknown): typeof import('../../src/host/schedulerPanel') {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Module = require('module') as { _load: (req: string, ...rest: unknown[]) => unknown };
  const original = Module._load;
  Module._load = function (req: string, ...rest: unknown[]) {
    if (req === 'vscode') return vscode;
    return original.call(this, req, ...rest);
  };
  try {
    // Required here, after the stand-in is in place (esbuild evaluates it lazily).
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require('../../src/host/schedulerPanel') as typeof import('../../src/host/schedulerPanel');
  } finally {
    Module._load = original;
  }
}

const tick = () => new Promise((r) => setImmediate(r));

describe('Scheduler panel host', function () {
  this.timeout(60000);
  let rec: Recording;
  before(async () => {
    rec = await record(specs.getcharsP1);
  });

  // The host module is loaded once; each test gives the one stand-in fresh insides.
  const shared: Record<string, unknown> = {};
  function setUp() {
    const fake = makeVscode();
    Object.assign(shared, fake.vscode);
    fake.vscode = shared as typeof fake.vscode;
    const host = loadHost(shared);
    const context = { extensionUri: { path: '/ext' }, subscriptions: [] as { dispose(): void }[] };
    host.registerSchedulerPanel(context as never);
    return { ...fake, context };
  }
  const snapshots = (p: FakePanel) => p.webview.posted.filter((m): m is SnapshotDidChange => m.type === 'snapshot/didChange');
  const sendEvent = (f: ReturnType<typeof setUp>, session: FakeSession, body: SnapshotEventBody) => f.ev.custom.fire({ session, event: 'gosim/snapshot', body });

  it('opens the panel beside the editor when a gosim session starts, with the strict page', async () => {
    const f = setUp();
    f.ev.start.fire(makeSession('other', 'node'));
    assert.strictEqual(f.state.panels.length, 0, 'not for other debuggers');
    f.ev.start.fire(makeSession('a'));
    assert.strictEqual(f.state.panels.length, 1);
    const p = f.state.panels[0];
    assert.strictEqual(p.viewType, 'gosim.scheduler');
    assert.deepStrictEqual(p.column, { viewColumn: -2, preserveFocus: true });
    assert.strictEqual(p.options.retainContextWhenHidden, true);
    assert.strictEqual(p.webview.options.enableScripts, true);
    const nonce = /<script nonce="([^"]+)" src="vscode-webview:\/\/fake\/ext\/dist\/webview\.js">/.exec(p.webview.html)?.[1];
    assert.ok(nonce && nonce.length >= 16, 'the script carries a fresh nonce');
    assert.ok(p.webview.html.includes(`script-src 'nonce-${nonce}'`));
    assert.ok(p.webview.html.includes('style-src vscode-webview://fake'));
    // A second session reuses the panel.
    f.ev.start.fire(makeSession('b'));
    assert.strictEqual(f.state.panels.length, 1);
    assert.strictEqual(p.reveals, 1);
  });

  it('posts nothing before the webview is ready, then replays the latest snapshot with every event', async () => {
    const f = setUp();
    const s = makeSession('a');
    f.ev.start.fire(s);
    const p = f.state.panels[0];
    for (const frame of rec.frames.slice(0, 3)) sendEvent(f, s, frame);
    assert.strictEqual(p.webview.posted.length, 0, 'nothing posted before panel/ready');
    p.webview.receive.fire({ type: 'panel/ready' });
    assert.deepStrictEqual(
      p.webview.posted.map((m) => m.type),
      ['session/didStart', 'snapshot/didChange'],
    );
    const replay = snapshots(p)[0];
    assert.strictEqual(replay.replay, true);
    assert.deepStrictEqual(replay.snapshot, rec.frames[2].snapshot);
    assert.deepStrictEqual(
      replay.events.map((e) => e.seq),
      rec.frames.slice(0, 3).flatMap((fr) => fr.events.map((e) => e.seq)),
    );
    // From now on each event is relayed as it comes, with its own events only.
    sendEvent(f, s, rec.frames[3]);
    const last = snapshots(p)[1];
    assert.strictEqual(last.replay, false);
    assert.strictEqual(last.threadId, rec.frames[3].threadId);
    assert.deepStrictEqual(last.events, rec.frames[3].events);
  });

  it('gives a panel reopened with the command the whole history again', async () => {
    const f = setUp();
    const s = makeSession('a');
    f.ev.start.fire(s);
    f.state.panels[0].webview.receive.fire({ type: 'panel/ready' });
    for (const frame of rec.frames) sendEvent(f, s, frame);
    f.state.panels[0].dispose();
    await f.state.commands.get('gosim.showScheduler')!();
    assert.strictEqual(f.state.panels.length, 2);
    const p = f.state.panels[1];
    p.webview.receive.fire({ type: 'panel/ready' });
    const replay = snapshots(p)[0];
    assert.strictEqual(replay.replay, true);
    assert.strictEqual(replay.events.length, rec.frames.reduce((n, fr) => n + fr.events.length, 0));
    assert.strictEqual(replay.cause, 'exited');
  });

  it('asks the adapter to focus a clicked goroutine, and ignores malformed messages', async () => {
    const f = setUp();
    const s = makeSession('a', 'gosim', () => undefined);
    f.ev.start.fire(s);
    const p = f.state.panels[0];
    p.webview.receive.fire({ type: 'panel/ready' });
    s.requests.length = 0;
    for (const bad of [{ type: 'goroutine/select', goid: '6' }, { type: 'goroutine/select', goid: -1 }, { type: 'goroutine/select', goid: 1.5 }, { type: 'goroutine/select' }, { type: 'debug/evaluate', expr: 'x' }, 'goroutine/select', null])
      p.webview.receive.fire(bad);
    p.webview.receive.fire({ type: 'goroutine/select', goid: 6 });
    await tick();
    assert.deepStrictEqual(s.requests, [['gosim/selectGoroutine', { goid: 6 }]]);
  });

  it('asks the adapter to travel to a clicked moment of the timeline, and ignores malformed times', async () => {
    const f = setUp();
    const s = makeSession('a', 'gosim', () => undefined);
    f.ev.start.fire(s);
    const p = f.state.panels[0];
    p.webview.receive.fire({ type: 'panel/ready' });
    s.requests.length = 0;
    for (const bad of [{ type: 'timeline/travel', time: '5' }, { type: 'timeline/travel', time: -1 }, { type: 'timeline/travel', time: 1.5 }, { type: 'timeline/travel', time: Infinity }, { type: 'timeline/travel' }, { type: 'timeline/travel', step: 3 }])
      p.webview.receive.fire(bad);
    p.webview.receive.fire({ type: 'timeline/travel', time: 12_500_000 });
    await tick();
    assert.deepStrictEqual(s.requests, [['gosim/travel', { time: 12_500_000 }]]);
  });

  it('tells the webview which goroutine the Call Stack focuses, and when the session ends', async () => {
    const f = setUp();
    const s = makeSession('a');
    f.ev.start.fire(s);
    const p = f.state.panels[0];
    p.webview.receive.fire({ type: 'panel/ready' });
    f.ev.stackItem.fire({ session: s, threadId: 7, frameId: 1 });
    f.ev.stackItem.fire({ session: makeSession('z'), threadId: 9 });
    f.ev.terminate.fire(makeSession('z'));
    f.ev.terminate.fire(s);
    assert.deepStrictEqual(
      p.webview.posted.slice(1),
      [
        { type: 'goroutine/didFocus', sessionId: 'a', goid: 7 },
        { type: 'goroutine/didFocus', sessionId: 'a', goid: null },
        { type: 'session/didEnd', sessionId: 'a' },
      ],
    );
  });

  it('restores a panel after a reload and fills it from the running session', async () => {
    const f = setUp();
    const all = rec.frames.flatMap((fr) => fr.events);
    const s = makeSession('a', 'gosim', (cmd) => (cmd === 'gosim/snapshot' ? { snapshot: rec.frames[2].snapshot, events: all } : undefined));
    f.vscode.debug.activeDebugSession = s;
    const restored = makePanel('gosim.scheduler', 1, {});
    await f.state.serializer!.deserializeWebviewPanel(restored, {});
    assert.match(restored.webview.html, /webview\.js/);
    assert.strictEqual(restored.webview.options.enableScripts, true);
    await tick();
    assert.deepStrictEqual(s.requests, [['gosim/snapshot', { events: true }]]);
    restored.webview.receive.fire({ type: 'panel/ready' });
    const replay = snapshots(restored)[0];
    assert.strictEqual(replay.events.length, all.length);
    assert.deepStrictEqual(replay.snapshot, rec.frames[2].snapshot);
  });

  it('checks the webview’s messages', () => {
    assert.deepStrictEqual(parsePanelMessage({ type: 'panel/ready', extra: 1 }), { type: 'panel/ready' });
    assert.deepStrictEqual(parsePanelMessage({ type: 'goroutine/select', goid: 17, extra: 'x' }), { type: 'goroutine/select', goid: 17 });
    for (const bad of [undefined, [], { type: 'goroutine/select', goid: 2 ** 60 }, { type: 'goroutine/select', goid: NaN }, { type: 'session/didStart' }]) assert.strictEqual(parsePanelMessage(bad), null);
  });

  it('contributes the gosim: Show Scheduler command and restores the panel on activation', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
    const cmd = (pkg.contributes?.commands ?? []).find((c: { command: string }) => c.command === 'gosim.showScheduler');
    assert.ok(cmd, 'package.json contributes gosim.showScheduler');
    assert.strictEqual(cmd.category, 'gosim');
    assert.strictEqual(cmd.title, 'Show Scheduler');
    assert.ok((pkg.activationEvents ?? []).includes('onWebviewPanel:gosim.scheduler'), 'activation for the serializer');
  });
});
