// Messages between the extension host and the Scheduler panel (a webview): one
// discriminated union per direction, named `area/verb`; notifications from the
// host start with `did`. The host relays the debug adapter's gosim/snapshot
// events here (src/protocol/dap.ts); the webview asks the host to focus a
// goroutine or to travel to a moment of the timeline. Each side checks what it receives before using it. Types only.

import type { SchedEvent } from './events';
import type { Snapshot } from './snapshot';

/** The view type of the panel (also the WebviewPanelSerializer's key). */
export const SCHEDULER_VIEW_TYPE = 'gosim.scheduler';

// ---- host → webview -------------------------------------------------------------

/** A gosim debug session is attached to the panel (a new one, or the one the panel shows after a restore). */
export interface SessionDidStart {
  type: 'session/didStart';
  sessionId: string;
  /** The session's name (the launch configuration's). */
  name: string;
}

/** The attached session ended; the panel keeps its last picture. */
export interface SessionDidEnd {
  type: 'session/didEnd';
  sessionId: string;
}

/** A gosim/snapshot event arrived (or the host replays the current state). */
export interface SnapshotDidChange {
  type: 'snapshot/didChange';
  sessionId: string;
  cause: 'stopped' | 'running' | 'exited';
  /** The goroutine the stop is on. */
  threadId: number | null;
  snapshot: Snapshot;
  /** Scheduler events since the previous snapshot/didChange, in order. */
  events: SchedEvent[];
  /** The events are the whole history so far: drop what the timeline had (a replay after the panel was recreated). */
  replay: boolean;
}

/** The goroutine focused in the Call Stack changed (null: none, or not a goroutine of this session). */
export interface GoroutineDidFocus {
  type: 'goroutine/didFocus';
  sessionId: string;
  goid: number | null;
}

export type HostToPanel = SessionDidStart | SessionDidEnd | SnapshotDidChange | GoroutineDidFocus;

// ---- webview → host -------------------------------------------------------------

/** The webview has loaded and listens: the host sends the current session and snapshot (with all events). */
export interface PanelReady {
  type: 'panel/ready';
}

/** The user picked a goroutine: focus it in the Call Stack and show its frame in the editor. */
export interface GoroutineSelect {
  type: 'goroutine/select';
  goid: number;
}

/** The user clicked a moment of the timeline: travel there (virtual time, ns; the host sends gosim/travel). */
export interface TimelineTravel {
  type: 'timeline/travel';
  time: number;
}

export type PanelToHost = PanelReady | GoroutineSelect | TimelineTravel;

/** What the webview keeps across being hidden, shown and restored (vscode.setState). */
export interface PanelState {
  /**
   * Timeline viewport: left edge (ns) and scale. `all` shows the whole run at
   * every update, `follow` keeps the scale and scrolls to keep the current stop
   * in view, `free` stays where the user scrolled.
   */
  timeline?: { start: number; nsPerPx: number; mode: 'all' | 'follow' | 'free' };
  /** Keys of the groups the user expanded. */
  expanded?: string[];
  showSystem?: boolean;
}
