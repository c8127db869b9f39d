// The processes an end-to-end run starts, each in a process group of its own,
// so that stopping one stops everything it spawned (code-server's extension
// host and debug adapter, chromium's renderers). Every group is killed when
// the run ends, whether it passed, failed, timed out or was interrupted.

import { ChildProcess, spawn, SpawnOptions } from 'child_process';
import * as fs from 'fs';

const groups = new Set<number>();

/** Starts `cmd` as the leader of a new process group, its output appended to `logFile`. */
export function startGroup(cmd: string, args: string[], opts: SpawnOptions & { logFile: string }): ChildProcess {
  const out = fs.openSync(opts.logFile, 'a');
  const child = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start ${cmd}`);
  const pid = child.pid;
  groups.add(pid);
  child.on('exit', () => {
    // The leader has gone, but others in its group may still run: keep the id for killAll.
  });
  return child;
}

/** Adds a process group someone else started (Playwright starts chromium as a group leader). */
export function adoptGroup(pid: number): void {
  groups.add(pid);
}

function alive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM to a group, then SIGKILL to whatever is left after `graceMs`. */
export async function killGroup(pgid: number, graceMs = 3000): Promise<void> {
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    groups.delete(pgid);
    return;
  }
  const until = Date.now() + graceMs;
  while (alive(pgid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (alive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Gone between the check and the kill.
    }
  }
  groups.delete(pgid);
}

export async function killAll(): Promise<void> {
  await Promise.all([...groups].map((g) => killGroup(g)));
}

/** Last resort when the run itself is exiting: no waiting, SIGKILL to every group. */
export function killAllNow(): void {
  for (const g of groups) {
    try {
      process.kill(-g, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  groups.clear();
}
