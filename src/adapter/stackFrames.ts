// A goroutine's call stack as DAP stack frames: Go's function names, the
// lesson's file and line; the simulated runtime's and library's frames
// `subtle` and without source (there is no file behind them); for a parked
// goroutine, a first frame saying what it waits on. Frame ids live until the
// program runs again.

import { Handles } from '@vscode/debugadapter';
import { DebugProtocol } from '@vscode/debugprotocol';
import * as path from 'path';
import type { Debugger, EvalFrame } from '../engine/debugger';
import type { G } from '../runtime/g';

export class StackFrames {
  private handles = new Handles<EvalFrame>();

  constructor(private readonly dbg: Debugger) {}

  reset(): void {
    this.handles.reset();
  }

  frame(id: number): EvalFrame | undefined {
    return this.handles.get(id);
  }

  /** Frames start..start+levels of g's stack, and how many there are. */
  stackTrace(g: G, start = 0, levels = 0): { stackFrames: DebugProtocol.StackFrame[]; totalFrames: number } {
    const rows = this.dbg.stack(g);
    const end = levels > 0 ? Math.min(rows.length, start + levels) : rows.length;
    const stackFrames = rows.slice(start, end).map((row) => {
      const f: DebugProtocol.StackFrame = {
        id: this.handles.create({ g, row }),
        name: row.name,
        line: row.line,
        column: row.line ? 1 : 0,
      };
      if (row.kind === 'blocked') f.presentationHint = 'label';
      else if (row.runtime) f.presentationHint = 'subtle';
      // Only the lesson's own files can be opened; library paths name Go's installation, which is not there.
      if (row.kind === 'go' && !row.runtime && row.file) f.source = { name: path.basename(row.file), path: row.file };
      // Restart Frame travels back to the moment a frame of the lesson was entered.
      if (row.kind === 'go' && !row.runtime) f.canRestart = true;
      return f;
    });
    return { stackFrames, totalFrames: rows.length };
  }
}
