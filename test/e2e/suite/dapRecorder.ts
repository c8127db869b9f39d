// Records what the gosim debug adapter sends VS Code, per session, through a
// DebugAdapterTracker: the suite observes stops and output as the workbench
// receives them, not through a client of its own.

import type { DebugProtocol } from '@vscode/debugprotocol';
import * as vscode from 'vscode';
import { waitFor } from './workspace';

export class DapRecorder implements vscode.Disposable {
  private readonly sent = new Map<string, DebugProtocol.ProtocolMessage[]>();
  private readonly received = new Map<string, DebugProtocol.ProtocolMessage[]>();
  private readonly registration: vscode.Disposable;

  constructor(type: string) {
    this.registration = vscode.debug.registerDebugAdapterTrackerFactory(type, {
      createDebugAdapterTracker: (session) => {
        const sent: DebugProtocol.ProtocolMessage[] = [];
        const received: DebugProtocol.ProtocolMessage[] = [];
        this.sent.set(session.id, sent);
        this.received.set(session.id, received);
        return {
          onDidSendMessage: (m: DebugProtocol.ProtocolMessage) => sent.push(m),
          onWillReceiveMessage: (m: DebugProtocol.ProtocolMessage) => received.push(m),
        };
      },
    });
  }

  events(session: vscode.DebugSession, name: string): DebugProtocol.Event[] {
    return (this.sent.get(session.id) ?? []).filter((m): m is DebugProtocol.Event => m.type === 'event' && (m as DebugProtocol.Event).event === name);
  }

  /** The requests VS Code sent the adapter, of one command. */
  requests(session: vscode.DebugSession, command: string): DebugProtocol.Request[] {
    return (this.received.get(session.id) ?? []).filter((m): m is DebugProtocol.Request => m.type === 'request' && (m as DebugProtocol.Request).command === command);
  }

  /** Everything the program printed so far (output events of category stdout/stderr or none). */
  output(session: vscode.DebugSession): string {
    return this.events(session, 'output')
      .map((e) => e.body as DebugProtocol.OutputEvent['body'])
      .filter((b) => b.category === undefined || b.category === 'stdout' || b.category === 'stderr')
      .map((b) => b.output)
      .join('');
  }

  /** Waits for the stopped event after the first `seen` ones. */
  async stopped(session: vscode.DebugSession, seen: number, timeoutMs = 30_000): Promise<DebugProtocol.StoppedEvent> {
    return waitFor(`stop number ${seen + 1} of ${session.name}`, () => this.events(session, 'stopped')[seen] as DebugProtocol.StoppedEvent | undefined, timeoutMs);
  }

  dispose(): void {
    this.registration.dispose();
  }
}
