// Checking what the host sends before the panel uses it: the message's type,
// its fields' kinds, and the snapshot's shape (arrays where arrays belong).
// The host is trusted code, so this catches mistakes rather than attacks, and
// stays cheap: the 10,000 goroutines of a snapshot are not walked here.

import type { HostToPanel, SnapshotDidChange } from '../src/protocol/panel';

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isIdOrNull = (x: unknown) => x === null || (Number.isInteger(x) && (x as number) >= 0);

export function parseHostMessage(data: unknown): HostToPanel | null {
  if (!isObj(data) || typeof data.type !== 'string' || typeof data.sessionId !== 'string') return null;
  switch (data.type) {
    case 'session/didStart':
      return typeof data.name === 'string' ? (data as unknown as HostToPanel) : null;
    case 'session/didEnd':
      return data as unknown as HostToPanel;
    case 'goroutine/didFocus':
      return isIdOrNull(data.goid) ? (data as unknown as HostToPanel) : null;
    case 'snapshot/didChange':
      return isSnapshotMessage(data) ? (data as unknown as SnapshotDidChange) : null;
    default:
      return null;
  }
}

function isSnapshotMessage(d: Record<string, unknown>): boolean {
  if (d.cause !== 'stopped' && d.cause !== 'running' && d.cause !== 'exited') return false;
  if (!isIdOrNull(d.threadId) || typeof d.replay !== 'boolean' || !Array.isArray(d.events)) return false;
  const s = d.snapshot;
  if (!isObj(s) || !isNum(s.time) || !isNum(s.gomaxprocs) || !isObj(s.counters)) return false;
  for (const k of ['ps', 'ms', 'globalQueue', 'goroutines', 'timers', 'channels', 'syncs']) if (!Array.isArray(s[k])) return false;
  for (const p of s.ps as unknown[]) if (!isObj(p) || !Number.isInteger(p.id) || !Array.isArray(p.runq)) return false;
  return true;
}
