// The debug adapter inside the extension host: the same GosimSession that
// dist/debugAdapter.js runs over stdio, handed to VS Code as an inline
// implementation (no process to start, nothing to find on PATH), and a
// tracker that logs every DAP message to the "gosim DAP" output channel
// (set its level to Trace to see them).

import * as vscode from 'vscode';
import { warmUp } from '../adapter/launchProgram';
import { GosimSession } from '../adapter/session';

export const DEBUG_TYPE = 'gosim';

export function registerDebugAdapter(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('gosim DAP', { log: true });
  context.subscriptions.push(
    log,
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, {
      createDebugAdapterDescriptor: () => new vscode.DebugAdapterInlineImplementation(new GosimSession()),
    }),
    vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, {
      createDebugAdapterTracker: (session) => new MessageLog(log, session),
    }),
  );
  // Parse the library packages lessons use while the user reads the lesson, not when F5 is pressed.
  setTimeout(() => void warmUp(), 1000);
}

/** Logs the DAP traffic of one session; snapshots are summarised (they are large and frequent). */
class MessageLog implements vscode.DebugAdapterTracker {
  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly session: vscode.DebugSession,
  ) {}

  onWillStartSession(): void {
    this.log.info(`[${this.session.name}] session starts`);
  }
  onWillReceiveMessage(message: unknown): void {
    this.log.trace(`[${this.session.name}] → ${describe(message)}`);
  }
  onDidSendMessage(message: unknown): void {
    this.log.trace(`[${this.session.name}] ← ${describe(message)}`);
  }
  onError(error: Error): void {
    this.log.error(`[${this.session.name}] ${error.message}`);
  }
  onExit(code: number | undefined): void {
    this.log.info(`[${this.session.name}] adapter exited${code === undefined ? '' : ` with ${code}`}`);
  }
  onWillStopSession(): void {
    this.log.info(`[${this.session.name}] session ends`);
  }
}

function describe(message: unknown): string {
  const m = message as { type?: string; event?: string; body?: { snapshot?: { goroutines: unknown[] }; events?: unknown[] } };
  if (m.type === 'event' && m.event === 'gosim/snapshot' && m.body?.snapshot) {
    return `event gosim/snapshot (${m.body.snapshot.goroutines.length} goroutines, ${m.body.events?.length ?? 0} scheduler events)`;
  }
  return JSON.stringify(message);
}
