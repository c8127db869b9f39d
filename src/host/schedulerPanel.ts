// The Scheduler panel's host side: a webview beside the editor that shows the
// scheduler of the gosim debug session. It opens when a gosim session starts
// (and with the command `gosim: Show Scheduler`), relays the adapter's
// gosim/snapshot events to the webview, turns a click on a goroutine into a
// gosim/selectGoroutine request (the adapter moves the Call Stack's focus and
// the editor to that goroutine), a click on a moment of the timeline into a
// gosim/travel request (the adapter makes that moment live and stops there),
// and tells the webview which goroutine the Call Stack has focused.
//
// The webview is kept alive while hidden (retainContextWhenHidden), and a
// WebviewPanelSerializer brings it back after a window reload; whenever a
// webview (re)loads it says `panel/ready` and the host replays the session's
// latest snapshot with every event so far, so the timeline is whole again.

import * as vscode from 'vscode';
import { SNAPSHOT_EVENT, SNAPSHOT_REQUEST, SnapshotEventBody, SnapshotRequestArguments, SnapshotResponseBody, TRAVEL_REQUEST, TravelArguments } from '../protocol/dap';
import type { SchedEvent } from '../protocol/events';
import { HostToPanel, SCHEDULER_VIEW_TYPE } from '../protocol/panel';
import { parsePanelMessage } from './panelMessages';
import { makeNonce, schedulerPanelHtml } from './schedulerPanelHtml';

export const SHOW_SCHEDULER_COMMAND = 'gosim.showScheduler';
const SELECT_GOROUTINE_REQUEST = 'gosim/selectGoroutine';

/** Events kept for a replay; older ones are dropped (the timeline then starts later). */
const HISTORY_LIMIT = 500_000;

export function registerSchedulerPanel(context: vscode.ExtensionContext): void {
  const host = new SchedulerPanelHost(context.extensionUri);
  context.subscriptions.push(
    host,
    vscode.commands.registerCommand(SHOW_SCHEDULER_COMMAND, () => host.show(false)),
    vscode.debug.onDidStartDebugSession((s) => {
      if (s.type === 'gosim') {
        host.attach(s);
        host.show(true);
      }
    }),
    vscode.debug.onDidChangeActiveDebugSession((s) => {
      if (s?.type === 'gosim' && s !== host.session) host.attach(s);
    }),
    vscode.debug.onDidTerminateDebugSession((s) => host.ended(s)),
    vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
      if (e.session.type === 'gosim' && e.event === SNAPSHOT_EVENT) host.snapshot(e.session, e.body as SnapshotEventBody);
    }),
    vscode.debug.onDidChangeActiveStackItem((item) => host.focusChanged(item)),
    vscode.window.registerWebviewPanelSerializer(SCHEDULER_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => host.adopt(panel),
    }),
  );
}

/** One panel at a time, showing one session: the latest gosim session started or made active. */
export class SchedulerPanelHost implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The webview said panel/ready: messages posted now are received. */
  private ready = false;
  session: vscode.DebugSession | undefined;
  private last: SnapshotEventBody | undefined;
  private history: SchedEvent[] = [];
  private focused: number | null = null;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** Shows the panel beside the editor, creating it if needed; `preserveFocus` leaves the keyboard in the editor. */
  show(preserveFocus: boolean): void {
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(SCHEDULER_VIEW_TYPE, 'Go Scheduler', { viewColumn: vscode.ViewColumn.Beside, preserveFocus }, { ...this.webviewOptions(), retainContextWhenHidden: true });
    this.adopt(panel);
  }

  /** Takes charge of a panel: a new one, or one VS Code restored after a reload. */
  adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    this.ready = false;
    panel.webview.options = this.webviewOptions();
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    panel.webview.html = schedulerPanelHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      nonce: makeNonce(),
    });
    const subs = [
      panel.webview.onDidReceiveMessage((m) => this.received(m)),
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.ready = false;
        }
        subs.forEach((d) => d.dispose());
      }),
    ];
    if (!this.session && vscode.debug.activeDebugSession?.type === 'gosim') this.attach(vscode.debug.activeDebugSession);
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] };
  }

  /** Follows a session: forgets the previous one's snapshots, and fetches this one's state if it has started already. */
  attach(session: vscode.DebugSession): void {
    this.session = session;
    this.last = undefined;
    this.history = [];
    this.focused = null;
    this.post({ type: 'session/didStart', sessionId: session.id, name: session.name });
    void this.fetch(session);
  }

  /** Asks the adapter for its current snapshot and all events (a panel opened, or a session attached, mid-run). */
  private async fetch(session: vscode.DebugSession): Promise<void> {
    try {
      const args: SnapshotRequestArguments = { events: true };
      const r = (await session.customRequest(SNAPSHOT_REQUEST, args)) as SnapshotResponseBody | undefined;
      if (!r?.snapshot || session !== this.session || this.last) return;
      this.last = { cause: r.snapshot.exited ? 'exited' : 'stopped', threadId: null, snapshot: r.snapshot, events: [] };
      this.history = r.events ?? [];
      this.replay();
    } catch {
      // No program loaded yet: the first gosim/snapshot event will come.
    }
  }

  snapshot(session: vscode.DebugSession, body: SnapshotEventBody): void {
    if (session !== this.session) {
      if (this.session) return;
      this.attach(session);
    }
    if (!body || typeof body !== 'object' || !body.snapshot) return;
    this.last = body;
    const events = Array.isArray(body.events) ? body.events : [];
    for (const e of events) this.history.push(e);
    if (this.history.length > HISTORY_LIMIT) this.history = this.history.slice(this.history.length - HISTORY_LIMIT * 0.75);
    this.post({ type: 'snapshot/didChange', sessionId: session.id, cause: body.cause, threadId: body.threadId, snapshot: body.snapshot, events, replay: false });
  }

  ended(session: vscode.DebugSession): void {
    if (session !== this.session) return;
    this.post({ type: 'session/didEnd', sessionId: session.id });
  }

  focusChanged(item: vscode.DebugThread | vscode.DebugStackFrame | undefined): void {
    if (!this.session) return;
    this.focused = item && item.session === this.session ? item.threadId : null;
    this.post({ type: 'goroutine/didFocus', sessionId: this.session.id, goid: this.focused });
  }

  /** Sends the webview everything it needs to draw the session from scratch. */
  private replay(): void {
    const s = this.session;
    if (!s || !this.ready) return;
    this.post({ type: 'session/didStart', sessionId: s.id, name: s.name });
    if (this.last) this.post({ type: 'snapshot/didChange', sessionId: s.id, cause: this.last.cause, threadId: this.last.threadId, snapshot: this.last.snapshot, events: this.history, replay: true });
    if (this.focused !== null) this.post({ type: 'goroutine/didFocus', sessionId: s.id, goid: this.focused });
  }

  private received(data: unknown): void {
    const msg = parsePanelMessage(data);
    if (!msg) return;
    switch (msg.type) {
      case 'panel/ready':
        this.ready = true;
        this.replay();
        break;
      case 'goroutine/select': {
        const s = this.session;
        if (!s) return;
        Promise.resolve(s.customRequest(SELECT_GOROUTINE_REQUEST, { goid: msg.goid })).catch((e: unknown) => {
          void vscode.window.showWarningMessage(`gosim: could not focus goroutine ${msg.goid}: ${e instanceof Error ? e.message : String(e)}`);
        });
        break;
      }
      case 'timeline/travel': {
        const s = this.session;
        if (!s) return;
        const args: TravelArguments = { time: msg.time };
        Promise.resolve(s.customRequest(TRAVEL_REQUEST, args)).catch((e: unknown) => {
          void vscode.window.showWarningMessage(`gosim: could not travel to that moment: ${e instanceof Error ? e.message : String(e)}`);
        });
        break;
      }
    }
  }

  private post(m: HostToPanel): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(m);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
