// Showing Go values outside the program: short one-line forms (like %v, with
// strings quoted as a debugger shows them) and the children of structured
// values, for the debugger's Variables view, hovers and snapshots.

import { Chan } from '../runtime/chan';
import { Kind, RType } from '../vm/rtype';
import { toJS } from '../vm/strings';
import { Closure, Complex, GoMap, Iface, Ref, Slice, objectIdIfAny } from '../vm/value';

export interface ValueOptions {
  /** Quote strings ("hi") as a debugger does; %v style leaves them bare. */
  quote?: boolean;
  /** Nesting budget: deeper values print as `{...}`. */
  depth?: number;
}

function goFloat(f: number, bits: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (Object.is(f, -0)) return '-0';
  let s: string;
  if (bits === 32) {
    // The shortest digits that round-trip through float32.
    s = String(f);
    for (let p = 1; p <= 9; p++) {
      const t = Number(f.toPrecision(p));
      if (Math.fround(t) === f) {
        s = String(t);
        break;
      }
    }
  } else s = String(f);
  const m = /^(-?)(\d(?:\.\d+)?)e([+-])(\d+)$/.exec(s);
  if (m) {
    const exp = m[4].padStart(2, '0');
    return `${m[1]}${m[2]}e${m[3]}${exp}`;
  }
  const e = Math.abs(f) >= 1e21 ? f.toExponential() : null;
  return e ?? s;
}

/** Numbers for objects the program has not given an identity: looking must not hand out the program's own (that would change its later %p output). */
const shownIds = new WeakMap<object, number>();
let nextShownId = 0x100000;

function address(o: unknown): string {
  if (o === null || typeof o !== 'object') return '0x0';
  let id = objectIdIfAny(o);
  if (id === undefined) {
    id = shownIds.get(o);
    if (id === undefined) shownIds.set(o, (id = nextShownId++));
  }
  return '0xc' + (0x10000 + id * 0x1000).toString(16).padStart(9, '0');
}

/** A one-line form of a value of type t. */
export function formatValue(t: RType, v: unknown, opts: ValueOptions = {}): string {
  const depth = opts.depth ?? 2;
  const inner = { ...opts, depth: depth - 1 };
  switch (t.kind) {
    case Kind.Bool:
      return String(v);
    case Kind.String: {
      const s = toJS(v as string);
      return opts.quote ? JSON.stringify(s) : s;
    }
    case Kind.Float32:
      return goFloat(v as number, 32);
    case Kind.Float64:
      return goFloat(v as number, 64);
    case Kind.Complex64:
    case Kind.Complex128: {
      const c = v as Complex;
      const bits = t.kind === Kind.Complex64 ? 32 : 64;
      const im = goFloat(c.im, bits);
      return `(${goFloat(c.re, bits)}${im.startsWith('-') || im.startsWith('+') ? '' : '+'}${im}i)`;
    }
    case Kind.Pointer: {
      if (v === null) return 'nil';
      if (depth <= 0) return address(v instanceof Ref ? v.o : v);
      const e = t.elem!;
      if (e.isValue) return '&' + formatValue(e, v, inner);
      return '&' + formatValue(e, (v as Ref).get(), inner);
    }
    case Kind.Slice: {
      if (v === null) return opts.quote ? '[]' : '[]';
      const s = v as Slice;
      if (depth <= 0) return `[...] (len ${s.len})`;
      const parts: string[] = [];
      const n = Math.min(s.len, 64);
      for (let i = 0; i < n; i++) parts.push(formatValue(t.elem!, s.a[s.off + i], inner));
      if (s.len > n) parts.push('...');
      return `[${parts.join(' ')}]`;
    }
    case Kind.Array: {
      const a = v as unknown[];
      if (depth <= 0) return `[...] (len ${a.length})`;
      const n = Math.min(a.length, 64);
      const parts = a.slice(0, n).map((x) => formatValue(t.elem!, x, inner));
      if (a.length > n) parts.push('...');
      return `[${parts.join(' ')}]`;
    }
    case Kind.Struct: {
      const s = v as unknown[];
      if (depth <= 0) return '{...}';
      return `{${t.fields.map((f, i) => formatValue(f.type, s[i], inner)).join(' ')}}`;
    }
    case Kind.Map: {
      if (v === null) return 'map[]';
      const m = v as GoMap;
      if (depth <= 0) return `map[...] (len ${m.size})`;
      const parts: string[] = [];
      let i = 0;
      for (const [e, val] of m.m) {
        if (i++ >= 32) {
          parts.push('...');
          break;
        }
        parts.push(`${formatValue(t.key!, m.decode(e), inner)}:${formatValue(t.elem!, val, inner)}`);
      }
      return `map[${parts.join(' ')}]`;
    }
    case Kind.Chan: {
      if (v === null) return 'nil';
      const c = v as Chan;
      return `chan#${c.id} (len ${c.qcount}, cap ${c.size}${c.closed ? ', closed' : ''})`;
    }
    case Kind.Func:
      return v === null ? 'nil' : (v as Closure).fn.name;
    case Kind.Interface: {
      if (v === null) return 'nil';
      const x = v as Iface;
      return formatValue(x.t, x.v, opts);
    }
    case Kind.UnsafePointer:
      return address(v);
    default:
      return String(v);
  }
}

/** A child of a structured value: a field, an element, a map entry, a pointer's target. */
export interface Child {
  name: string;
  type: RType;
  value: unknown;
}

/** The children of a value, for expanding it in a Variables view (start/count page large collections). */
export function childrenOf(t: RType, v: unknown, start = 0, count = Infinity): Child[] {
  switch (t.kind) {
    case Kind.Struct: {
      const s = v as unknown[];
      return t.fields.map((f, i) => ({ name: f.name, type: f.type, value: s[i] }));
    }
    case Kind.Array: {
      const a = v as unknown[];
      const end = Math.min(a.length, start + count);
      const out: Child[] = [];
      for (let i = start; i < end; i++) out.push({ name: `[${i}]`, type: t.elem!, value: a[i] });
      return out;
    }
    case Kind.Slice: {
      if (v === null) return [];
      const s = v as Slice;
      const end = Math.min(s.len, start + count);
      const out: Child[] = [];
      for (let i = start; i < end; i++) out.push({ name: `[${i}]`, type: t.elem!, value: s.a[s.off + i] });
      return out;
    }
    case Kind.Map: {
      if (v === null) return [];
      const m = v as GoMap;
      const out: Child[] = [];
      let i = 0;
      for (const [e, val] of m.m) {
        if (i >= start && i < start + count) out.push({ name: `[${formatValue(t.key!, m.decode(e), { quote: true, depth: 1 })}]`, type: t.elem!, value: val });
        i++;
      }
      return out;
    }
    case Kind.Pointer: {
      if (v === null) return [];
      const e = t.elem!;
      return [{ name: '*', type: e, value: e.isValue ? v : (v as Ref).get() }];
    }
    case Kind.Interface: {
      if (v === null) return [];
      const x = v as Iface;
      return [{ name: `(${x.t.str})`, type: x.t, value: x.v }];
    }
    default:
      return [];
  }
}

/** Whether a value has children to expand, and how many (for paging). */
export function childCount(t: RType, v: unknown): number {
  switch (t.kind) {
    case Kind.Struct:
      return t.fields.length;
    case Kind.Array:
      return (v as unknown[]).length;
    case Kind.Slice:
      return v === null ? 0 : (v as Slice).len;
    case Kind.Map:
      return v === null ? 0 : (v as GoMap).size;
    case Kind.Pointer:
    case Kind.Interface:
      return v === null ? 0 : 1;
    default:
      return 0;
  }
}
