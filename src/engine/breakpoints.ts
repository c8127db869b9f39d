// Where breakpoints stop: a line of the lesson resolves to the nearest line at
// or after it where a statement starts (as Delve moves a breakpoint to the
// next line with code), a function name to that function's first statement.
// Hit conditions use the forms VS Code offers: `>5`, `>=5`, `==5`, `%5`
// (every fifth), or a bare number (from that hit on, as `>=`).

import type { FuncProto } from '../vm/func';
import type { Program } from '../vm/program';

export interface BreakpointSpec {
  line: number;
  /** Keep this id (a breakpoint set again after a restart). */
  id?: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

export interface FunctionBreakpointSpec {
  name: string;
  id?: number;
  condition?: string;
  hitCondition?: string;
}

/** What setting a breakpoint came to (the adapter reports it as a DAP Breakpoint). */
export interface BreakpointInfo {
  id: number;
  verified: boolean;
  /** Where it actually stops (moved to a statement), or the requested line when unverified. */
  line: number;
  file: string;
  message?: string;
}

export interface HitCondition {
  op: '>' | '>=' | '==' | '%' | '<' | '<=';
  n: number;
}

/** A breakpoint as the debugger keeps it. */
export interface Breakpoint extends BreakpointInfo {
  condition: string | null;
  hit: HitCondition | null;
  logMessage: string | null;
  /** Times reached with its condition true. */
  hits: number;
  /** The functions it stops in (a line shared by a function and a closure written on it). */
  fns: FuncProto[];
}

export function parseHitCondition(text: string): HitCondition | null {
  const m = /^\s*(>=|<=|==|>|<|%)?\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  return { op: (m[1] as HitCondition['op']) ?? '>=', n: Number(m[2]) };
}

export function hitMatches(h: HitCondition, count: number): boolean {
  switch (h.op) {
    case '>':
      return count > h.n;
    case '>=':
      return count >= h.n;
    case '==':
      return count === h.n;
    case '<':
      return count < h.n;
    case '<=':
      return count <= h.n;
    case '%':
      return h.n > 0 && count % h.n === 0;
  }
}

/** The lesson's own functions in a file (not the library's, not compiler wrappers). */
function userFuncs(program: Program, file: string): FuncProto[] {
  return program.funcs.filter((f) => f && !f.library && !f.native && !f.wrapper && f.file === file);
}

/** The nearest line at or after `line` where a statement of the file starts, and the functions it is in. */
export function resolveLine(program: Program, file: string, line: number): { line: number; fns: FuncProto[] } | null {
  let best = Infinity;
  let fns: FuncProto[] = [];
  for (const fn of userFuncs(program, file)) {
    for (const pc of fn.stmtStarts) {
      const l = fn.lines[pc];
      if (l < line || l > best) continue;
      if (l < best) {
        best = l;
        fns = [];
      }
      if (!fns.includes(fn)) fns.push(fn);
    }
  }
  return best === Infinity ? null : { line: best, fns };
}

/**
 * The function a function breakpoint names: Go's full name (`main.getDigits`,
 * `main.(*T).M`, `main.main.func1`) or without the package (`getDigits`, `(*T).M`, `T.M`).
 */
export function resolveFunction(program: Program, name: string): FuncProto | null {
  const fns = program.funcs.filter((f) => f && !f.library && !f.native && !f.wrapper && f.stmtStarts.length > 0);
  const exact = fns.find((f) => f.name === name) ?? fns.find((f) => f.name === 'main.' + name);
  if (exact) return exact;
  // `T.M` also names the pointer method main.(*T).M.
  const method = /^(\w+)\.(\w+)$/.exec(name);
  const tail = fns.filter((f) => f.name.endsWith('.' + name) || (method && f.name.endsWith(`.(*${method[1]}).${method[2]}`)));
  return tail.length === 1 ? tail[0] : null;
}
