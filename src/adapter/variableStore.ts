// Variable references for one stop: scopes (Locals, Arguments, Globals) and
// expandable values, handed out as numbers the client asks for later. All of
// them are forgotten when the program runs again — values may have changed —
// as DAP expects. Large slices and maps are paged: the client asks for
// `indexed` rows start..start+count.

import { Handles } from '@vscode/debugadapter';
import { DebugProtocol } from '@vscode/debugprotocol';
import type { Debugger, EvalFrame } from '../engine/debugger';
import type { Place } from '../engine/eval/evaluate';
import { Variable as GoVariable, frameVariables, globalVariables } from '../engine/inspect';
import { Item, indexedItems, namedItems, shape, summary } from '../engine/present';
import { Kind, RType } from '../vm/rtype';

type Container =
  | { kind: 'scope'; which: 'Locals' | 'Arguments' | 'Globals'; at: EvalFrame | null }
  | { kind: 'value'; t: RType; v: unknown; path: string | null; at: EvalFrame | null }
  | { kind: 'items'; items: Item[]; at: EvalFrame | null };

/** A variable as the store knows it: its place, to set it. */
interface Settable {
  t: RType;
  place: Place;
}

export class VariableStore {
  private handles = new Handles<Container>();

  constructor(private readonly dbg: Debugger) {}

  /** Forgets every reference (the program is about to run). */
  reset(): void {
    this.handles.reset();
  }

  scopes(at: EvalFrame): DebugProtocol.Scope[] {
    const vars = at.row.frame ? frameVariables(at.row.frame, at.row.pc) : { args: [], locals: [] };
    const scope = (which: 'Locals' | 'Arguments' | 'Globals', count: number, hint?: DebugProtocol.Scope['presentationHint']): DebugProtocol.Scope => ({
      name: which,
      presentationHint: hint,
      variablesReference: this.handles.create({ kind: 'scope', which, at }),
      namedVariables: count,
      expensive: false,
      source: at.row.file ? { path: at.row.file } : undefined,
      line: at.row.line || undefined,
    });
    return [
      scope('Locals', vars.locals.length, 'locals'),
      scope('Arguments', vars.args.length, 'arguments'),
      scope('Globals', globalVariables(this.dbg.program).length),
    ];
  }

  /** Whether a reference names a scope or value of this stop. */
  has(ref: number): boolean {
    return this.handles.get(ref) !== undefined;
  }

  variables(ref: number, filter?: 'indexed' | 'named', start = 0, count = 0): DebugProtocol.Variable[] {
    const c = this.handles.get(ref);
    if (!c) return [];
    return this.rows(c, filter, start, count).map((r) => this.variable(r.item, r.parentPath, c.at));
  }

  /** A value as a DAP variable (or an evaluation result): its summary and a reference when it expands. */
  describe(t: RType, v: unknown, path: string | null, at: EvalFrame | null): { value: string; type: string; variablesReference: number; namedVariables?: number; indexedVariables?: number } {
    const m = this.dbg.machine;
    const s = shape(m, t, v);
    const ref = s.named + s.indexed > 0 ? this.handles.create({ kind: 'value', t, v, path, at }) : 0;
    return {
      value: summary(m, t, v),
      type: t.str,
      variablesReference: ref,
      namedVariables: s.named || undefined,
      indexedVariables: s.indexed || undefined,
    };
  }

  /** Sets a variable of a scope or an expanded value to an expression's value (basic types). */
  set(ref: number, name: string, text: string): DebugProtocol.Variable {
    const c = this.handles.get(ref);
    if (!c) throw new Error('the variable is gone (the program ran since)');
    const row = this.rows(c, undefined, 0, 0).find((r) => r.item.name === name);
    const target = row && settable(row.item);
    if (!row || !target) throw new Error(`${name} cannot be set here`);
    if (!isBasic(target.t)) throw new Error(`only variables of basic types (numbers, strings, booleans) can be set; ${name} is ${target.t.str}`);
    this.dbg.assign(target.place, target.t, text, c.at);
    return this.variable({ ...row.item, v: target.place.get() }, row.parentPath, c.at);
  }

  private rows(c: Container, filter: 'indexed' | 'named' | undefined, start: number, count: number): { item: Item; parentPath: string | null }[] {
    const m = this.dbg.machine;
    if (c.kind === 'scope') {
      let vars: GoVariable[];
      if (c.which === 'Globals') vars = globalVariables(this.dbg.program);
      else {
        const fv = c.at?.row.frame ? frameVariables(c.at.row.frame, c.at.row.pc) : { args: [], locals: [] };
        vars = c.which === 'Locals' ? fv.locals : fv.args;
      }
      return vars.map((v) => ({ item: { name: v.name, t: v.type, v: v.place.get(), place: v.place, path: v.name }, parentPath: null }));
    }
    if (c.kind === 'items') return c.items.map((item) => ({ item, parentPath: null }));
    const s = shape(m, c.t, c.v);
    const out: Item[] = [];
    if (filter !== 'indexed') out.push(...namedItems(m, c.t, c.v));
    if (filter !== 'named' && s.indexed > 0) {
      const n = count > 0 ? count : filter === 'indexed' ? s.indexed - start : Math.min(s.indexed, 1000);
      out.push(...indexedItems(m, c.t, c.v, filter === 'indexed' ? start : 0, n));
    }
    return out.map((item) => ({ item, parentPath: c.path }));
  }

  private variable(item: Item, parentPath: string | null, at: EvalFrame | null): DebugProtocol.Variable {
    const path = evaluateName(parentPath, item.path);
    if (item.t !== undefined) {
      const d = this.describe(item.t, item.v, path, at);
      return { name: item.name, ...d, evaluateName: path ?? undefined };
    }
    const ref = item.items && item.items.length ? this.handles.create({ kind: 'items', items: item.items, at }) : 0;
    return { name: item.name, value: item.text ?? '', variablesReference: ref, presentationHint: { kind: 'property', attributes: ['readOnly'] } };
  }
}

function settable(item: Item): Settable | null {
  return item.t && item.place ? { t: item.t, place: item.place } : null;
}

function isBasic(t: RType): boolean {
  return (t.kind >= Kind.Bool && t.kind <= Kind.Complex128) || t.kind === Kind.String;
}

/** The expression for a child, given its parent's (`p.A`, `s[3]`, `*p`). */
function evaluateName(parent: string | null, path: string | undefined): string | null {
  if (path === undefined) return null;
  if (parent === null) return /^[.[*]/.test(path) ? null : path;
  if (path === '*') return `*${parent}`;
  const safe = /^[\w.[\]"]+$/.test(parent) ? parent : `(${parent})`;
  return safe + path;
}
