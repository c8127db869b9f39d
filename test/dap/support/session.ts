// Driving dist/debugAdapter.js over stdio with @vscode/debugadapter-testsupport's
// DebugClient, as VS Code would: initialize, launch, configure, then requests.
// Collects everything the adapter says (output, stops, thread events) so a
// test can assert on it and record it in a golden transcript.

import { DebugClient } from '@vscode/debugadapter-testsupport';
import { DebugProtocol } from '@vscode/debugprotocol';
import type { ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { SnapshotEventBody } from '../../../src/protocol/dap';
import { repoRoot } from '../../support/golden';

export const fixturesDir = path.join(repoRoot(), 'test', 'dap', 'fixtures');
export const adapterPath = path.join(repoRoot(), 'dist', 'debugAdapter.js');

export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

/** The 1-based line of the first line of a fixture containing `text`. */
export function lineOf(name: string, text: string): number {
  const lines = fs.readFileSync(fixture(name), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${name} has no line with ${text}`);
  return i + 1;
}

/** What real Go printed for a fixture (test/dap/fixtures/golden.js). */
export function expected(name: string): { stdout: string; stderr: string; code: number } {
  const read = (ext: string) => {
    const f = fixture(name + ext);
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null;
  };
  return { stdout: read('.out') ?? '', stderr: read('.stderr') ?? '', code: Number(read('.exitcode') ?? 0) };
}

export class Session {
  readonly dc: DebugClient;
  readonly output: { category: string; text: string }[] = [];
  readonly stops: DebugProtocol.StoppedEvent[] = [];
  readonly threadEvents: DebugProtocol.ThreadEvent[] = [];
  readonly snapshots: DebugProtocol.Event[] = [];
  /** For each stop, how many snapshots had arrived before it (its own comes after). */
  private readonly snapshotsAtStop: number[] = [];
  exitCode: number | null = null;
  terminated = false;
  /** Stops handed out by stopped(). */
  private taken = 0;

  private constructor() {
    this.dc = new DebugClient('node', adapterPath, 'gosim', { stdio: 'pipe' });
    this.dc.defaultTimeout = 15000;
    this.dc.on('output', (e: DebugProtocol.OutputEvent) => this.output.push({ category: e.body.category ?? 'console', text: e.body.output }));
    this.dc.on('stopped', (e: DebugProtocol.StoppedEvent) => {
      this.stops.push(e);
      this.snapshotsAtStop.push(this.snapshots.length);
    });
    this.dc.on('thread', (e: DebugProtocol.ThreadEvent) => this.threadEvents.push(e));
    this.dc.on('gosim/snapshot', (e: DebugProtocol.Event) => this.snapshots.push(e));
    this.dc.on('exited', (e: DebugProtocol.ExitedEvent) => (this.exitCode = e.body.exitCode));
    this.dc.on('terminated', () => (this.terminated = true));
  }

  static async start(): Promise<Session> {
    const s = new Session();
    await s.dc.start();
    return s;
  }

  /**
   * initialize, launch (under Go 1.19's rules unless `goVersion` says otherwise),
   * and — once the adapter says it is initialized — `configure` (breakpoints), then configurationDone.
   */
  async launch(args: Record<string, unknown>, configure: () => Promise<unknown> = async () => undefined): Promise<void> {
    await this.dc.initializeRequest({ adapterID: 'gosim', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const configured = this.dc.waitForEvent('initialized').then(async () => {
      await configure();
      await this.dc.configurationDoneRequest();
    });
    // A launch that fails never sends `initialized`: its wait must not outlive the test as an unhandled rejection.
    configured.catch(() => undefined);
    // The expected outputs come from Go 1.19: its rules and its report formats.
    const launch = { goVersion: '1.19', ...args } as DebugProtocol.LaunchRequestArguments;
    const launched = this.dc.launchRequest(launch);
    // A launch that ends the session at once (compile errors) answers without ever asking for configuration.
    await Promise.race([configured, launched.then(() => this.terminatedEvent())]);
    await launched;
  }

  /** The next stopped event not yet taken (it may have arrived already). */
  async stopped(timeoutMs = 15000): Promise<DebugProtocol.StoppedEvent> {
    const deadline = Date.now() + timeoutMs;
    while (this.taken >= this.stops.length) {
      if (this.terminated) throw new Error(`the session ended instead of stopping; output: ${JSON.stringify(this.output)}`);
      if (Date.now() > deadline) throw new Error('no stopped event');
      await new Promise((r) => setTimeout(r, 2));
    }
    return this.stops[this.taken++];
  }

  /**
   * The snapshot of the last stop taken with stopped() (it follows the stop's
   * stopped event once the client is done asking about the stop).
   */
  async stopSnapshot(timeoutMs = 15000): Promise<SnapshotEventBody> {
    const mark = this.snapshotsAtStop[this.taken - 1] ?? 0;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.snapshots.slice(mark).find((e) => (e.body as SnapshotEventBody).cause === 'stopped');
      if (found) return found.body as SnapshotEventBody;
      if (Date.now() > deadline) throw new Error('no snapshot for the stop');
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  text(category: string): string {
    return this.output
      .filter((o) => o.category === category)
      .map((o) => o.text)
      .join('');
  }

  async topFrame(threadId: number): Promise<DebugProtocol.StackFrame> {
    const st = await this.dc.stackTraceRequest({ threadId });
    return st.body.stackFrames[0];
  }

  /** The variables of a frame's scope, by name. */
  async scope(frameId: number, name: string): Promise<DebugProtocol.Variable[]> {
    const scopes = await this.dc.scopesRequest({ frameId });
    const s = scopes.body.scopes.find((x) => x.name === name);
    if (!s) throw new Error(`no scope ${name}`);
    return (await this.dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables;
  }

  async terminatedEvent(timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.terminated) {
      if (Date.now() > deadline) throw new Error('no terminated event');
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  /** Disconnects and kills the adapter (a test may have disconnected already: an adapter that is gone answers nothing). */
  async stop(): Promise<void> {
    const dc = this.dc as unknown as { _adapterProcess: ChildProcess | null; stopAdapter(): void };
    const p = dc._adapterProcess;
    if (!p || p.exitCode !== null || p.signalCode !== null) {
      dc.stopAdapter();
      return;
    }
    await Promise.race([this.dc.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    dc.stopAdapter();
  }
}
