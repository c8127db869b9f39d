// How a debugger presents Go values: a one-line summary (`[]int len: 5, cap: 5,
// [1 2 3 4 5]`, `main.T {A: 1, B: "x"}`) and the children to expand — fields,
// elements and map entries as places that can be set, and for the runtime's
// own objects what the program cannot see itself: a channel's buffer and the
// goroutines waiting on it, who holds a mutex and who waits for it, a
// WaitGroup's counter.

import { Chan } from '../runtime/chan';
import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import * as sema from '../runtime/sema';
import { Kind, RType } from '../vm/rtype';
import { Closure, GoMap, Iface, Ref, Slice } from '../vm/value';
import type { Place } from './eval/evaluate';
import { goroutineName } from './inspect';
import { formatValue } from './values';

/** One row under an expanded value. */
export interface Item {
  name: string;
  /** A Go value, its type, and where it lives when it can be set. */
  t?: RType;
  v?: unknown;
  place?: Place;
  /** A fact about runtime state, shown as text (a mutex's owner). */
  text?: string;
  /** Rows under a fact (the goroutines waiting on a channel). */
  items?: Item[];
  /** How to write it as an expression relative to its parent (`.A`, `[3]`, `*`); absent when there is none. */
  path?: string;
}

/** How many rows expanding a value gives: named ones (fields, facts) and indexed ones (elements, entries). */
export interface Shape {
  named: number;
  indexed: number;
}

const syncKinds = new Set(['Mutex', 'RWMutex', 'WaitGroup', 'Cond']);

function syncKind(t: RType): string | null {
  return t.pkgPath === 'sync' && syncKinds.has(t.name) ? t.name : null;
}

/** The runtime state behind a sync value, if the program has used it. */
function syncState(m: Machine, obj: unknown): sema.SyncState | undefined {
  return obj !== null && typeof obj === 'object' ? m.syncStates.get(obj) : undefined;
}

const MAX_INLINE = 8;

/** The one-line summary of a value, as the Variables view and hovers show it. */
export function summary(m: Machine, t: RType, v: unknown, depth = 2): string {
  const sk = syncKind(t);
  if (sk) return `${t.str} {${syncSummary(m, sk, v)}}`;
  switch (t.kind) {
    case Kind.Struct: {
      if (depth <= 0) return `${t.str} {...}`;
      const s = v as unknown[];
      const parts = t.fields.slice(0, MAX_INLINE).map((f, i) => `${f.name}: ${inner(m, f.type, s[i], depth - 1)}`);
      if (t.fields.length > MAX_INLINE) parts.push('...');
      return `${t.named ? t.str + ' ' : ''}{${parts.join(', ')}}`;
    }
    case Kind.Pointer: {
      if (v === null) return 'nil';
      const e = t.elem!;
      if (e.isValue) return `*${summary(m, e, v, depth)}`;
      return `*${inner(m, e, (v as Ref).get(), depth - 1)}`;
    }
    case Kind.Slice: {
      if (v === null) return `${t.str} nil`;
      const s = v as Slice;
      return `${t.str} len: ${s.len}, cap: ${s.cap}, ${elements(m, t.elem!, s.a, s.off, s.len, depth)}`;
    }
    case Kind.Array: {
      const a = v as unknown[];
      return `${t.str} ${elements(m, t.elem!, a, 0, a.length, depth)}`;
    }
    case Kind.Map: {
      if (v === null) return `${t.str} nil`;
      const mp = v as GoMap;
      const parts: string[] = [];
      for (const [e, val] of mp.m) {
        if (parts.length >= MAX_INLINE) {
          parts.push('...');
          break;
        }
        parts.push(`${inner(m, t.key!, mp.decode(e), 0)}: ${inner(m, t.elem!, val, depth - 1)}`);
      }
      return `${t.str} len: ${mp.size}, [${parts.join(', ')}]`;
    }
    case Kind.Chan: {
      if (v === null) return `${t.str} nil`;
      const c = v as Chan;
      const waiting = [c.recvq.length ? `${c.recvq.length} waiting to receive` : '', c.sendq.length ? `${c.sendq.length} waiting to send` : ''].filter(Boolean);
      return `${t.str} (chan ${c.id}) len: ${c.qcount}, cap: ${c.size}${c.closed ? ', closed' : ''}${waiting.length ? ', ' + waiting.join(', ') : ''}`;
    }
    case Kind.Interface: {
      if (v === null) return 'nil';
      const x = v as Iface;
      return `${t.str}(${x.t.str}) ${inner(m, x.t, x.v, depth)}`;
    }
    case Kind.Func:
      return v === null ? 'nil' : (v as Closure).fn.name;
    default:
      return formatValue(t, v, { quote: true });
  }
}

/** A value inside another: the type is already known from the parent, so named types drop it. */
function inner(m: Machine, t: RType, v: unknown, depth: number): string {
  if (t.kind === Kind.Struct && !syncKind(t)) {
    if (depth < 0) return '{...}';
    const s = v as unknown[];
    const parts = t.fields.slice(0, MAX_INLINE).map((f, i) => `${f.name}: ${inner(m, f.type, s[i], depth - 1)}`);
    if (t.fields.length > MAX_INLINE) parts.push('...');
    return `{${parts.join(', ')}}`;
  }
  if (t.kind === Kind.Slice && v !== null) {
    const s = v as Slice;
    return depth < 0 ? `[...] (len ${s.len})` : elements(m, t.elem!, s.a, s.off, s.len, depth);
  }
  if (t.kind === Kind.Array) return depth < 0 ? `[...]` : elements(m, t.elem!, v as unknown[], 0, (v as unknown[]).length, depth);
  if (t.kind === Kind.Pointer && v !== null) {
    const e = t.elem!;
    return depth < 0 ? '*{...}' : '*' + inner(m, e, e.isValue ? v : (v as Ref).get(), depth - 1);
  }
  if (depth < 0 && t.kind === Kind.Map) return '[...]';
  return summary(m, t, v, depth);
}

function elements(m: Machine, elem: RType, a: unknown[], off: number, len: number, depth: number): string {
  const n = Math.min(len, 16);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(inner(m, elem, a[off + i], depth - 1));
  if (len > n) parts.push('...');
  return `[${parts.join(' ')}]`;
}

function syncSummary(m: Machine, kind: string, v: unknown): string {
  const st = syncState(m, v);
  switch (kind) {
    case 'Mutex': {
      const s = st as sema.MutexState | undefined;
      if (!s || !s.locked) return `unlocked${s?.waiters.length ? `, ${s.waiters.length} waiting` : ''}`;
      return `locked by G${s.owner?.id ?? '?'}${s.waiters.length ? `, ${s.waiters.length} waiting` : ''}${s.starving ? ', starving' : ''}`;
    }
    case 'RWMutex': {
      const s = st as sema.RWMutexState | undefined;
      if (!s) return 'unlocked';
      const waiting = s.readerWaiters.length + s.writerWaiters.length + (s.writerWaiting ? 1 : 0);
      const held = s.writer ? `locked by G${s.writer.id}` : s.readers ? `${s.readers} readers` : 'unlocked';
      return `${held}${waiting ? `, ${waiting} waiting` : ''}`;
    }
    case 'WaitGroup': {
      const s = st as sema.WaitGroupState | undefined;
      return `counter: ${s?.counter ?? 0}${s?.waiters.length ? `, ${s.waiters.length} waiting` : ''}`;
    }
    default: {
      const s = st as sema.CondState | undefined;
      return `${s?.waiters.length ?? 0} waiting`;
    }
  }
}

/** What expanding a value gives (none: it is a leaf). */
export function shape(m: Machine, t: RType, v: unknown): Shape {
  if (syncKind(t)) return { named: syncItems(m, t, v).length, indexed: 0 };
  switch (t.kind) {
    case Kind.Struct:
      return { named: t.fields.length, indexed: 0 };
    case Kind.Array:
      return { named: 0, indexed: (v as unknown[]).length };
    case Kind.Slice:
      return { named: 0, indexed: v === null ? 0 : (v as Slice).len };
    case Kind.Map:
      return { named: 0, indexed: v === null ? 0 : (v as GoMap).size };
    case Kind.Chan:
      return v === null ? { named: 0, indexed: 0 } : { named: chanItems(m, v as Chan).length, indexed: 0 };
    case Kind.Pointer: {
      if (v === null) return { named: 0, indexed: 0 };
      const e = t.elem!;
      // A pointer to a struct expands straight to the struct's fields.
      if (e.kind === Kind.Struct) return shape(m, e, v);
      return { named: 1, indexed: 0 };
    }
    case Kind.Interface: {
      if (v === null) return { named: 0, indexed: 0 };
      const x = v as Iface;
      const s = shape(m, x.t, x.v);
      return s.named + s.indexed > 0 ? s : { named: 1, indexed: 0 };
    }
    default:
      return { named: 0, indexed: 0 };
  }
}

/** The named rows (fields, facts) of a value. */
export function namedItems(m: Machine, t: RType, v: unknown): Item[] {
  if (syncKind(t)) return syncItems(m, t, v);
  switch (t.kind) {
    case Kind.Struct: {
      const s = v as unknown[];
      return t.fields.map((f, i) => ({ name: f.name, t: f.type, v: s[i], place: at(s, i), path: `.${f.name}` }));
    }
    case Kind.Chan:
      return v === null ? [] : chanItems(m, v as Chan);
    case Kind.Pointer: {
      if (v === null) return [];
      const e = t.elem!;
      if (e.kind === Kind.Struct) return namedItems(m, e, v);
      const r = v as Ref;
      return [{ name: '*', t: e, v: r.get(), place: { get: () => r.get(), set: (x) => r.set(x), ref: { o: r.o, k: r.k } }, path: '*' }];
    }
    case Kind.Interface: {
      if (v === null) return [];
      const x = v as Iface;
      const s = shape(m, x.t, x.v);
      if (s.named + s.indexed > 0) return namedItems(m, x.t, x.v);
      return [{ name: `(${x.t.str})`, t: x.t, v: x.v }];
    }
    default:
      return [];
  }
}

/** Indexed rows start..start+count (elements, map entries in iteration order). */
export function indexedItems(m: Machine, t: RType, v: unknown, start: number, count: number): Item[] {
  switch (t.kind) {
    case Kind.Array:
    case Kind.Slice: {
      if (v === null) return [];
      const a = t.kind === Kind.Slice ? (v as Slice).a : (v as unknown[]);
      const off = t.kind === Kind.Slice ? (v as Slice).off : 0;
      const len = t.kind === Kind.Slice ? (v as Slice).len : a.length;
      const out: Item[] = [];
      for (let i = start; i < Math.min(len, start + count); i++) out.push({ name: `[${i}]`, t: t.elem!, v: a[off + i], place: at(a, off + i), path: `[${i}]` });
      return out;
    }
    case Kind.Map: {
      if (v === null) return [];
      const mp = v as GoMap;
      const out: Item[] = [];
      let i = 0;
      for (const [e, val] of mp.m) {
        if (i >= start + count) break;
        if (i++ < start) continue;
        const key = mp.decode(e);
        const keyText = formatValue(t.key!, key, { quote: true, depth: 1 });
        const basicKey = t.key!.kind <= Kind.Complex128 || t.key!.kind === Kind.String;
        out.push({ name: `[${keyText}]`, t: t.elem!, v: val, place: { get: () => mp.get(key), set: (x) => mp.set(key, x) }, path: basicKey ? `[${keyText}]` : undefined });
      }
      return out;
    }
    case Kind.Pointer:
      return v === null ? [] : indexedItems(m, t.elem!, v, start, count);
    case Kind.Interface:
      return v === null ? [] : indexedItems(m, (v as Iface).t, (v as Iface).v, start, count);
    default:
      return [];
  }
}

function at(o: unknown[], k: number): Place {
  return { get: () => o[k], set: (x) => (o[k] = x), ref: { o, k } };
}

function goroutineItems(gs: G[]): Item[] {
  return gs.map((g, i) => ({ name: `[${i}]`, text: goroutineName(g) }));
}

function gList(gs: G[]): string {
  return gs.length ? gs.map((g) => `G${g.id}`).join(', ') : 'none';
}

function chanItems(m: Machine, c: Chan): Item[] {
  const live = (q: typeof c.recvq) => q.filter((s) => !s.sel || !s.sel.shared.done).map((s) => s.g);
  const recv = live(c.recvq);
  const send = live(c.sendq);
  const buffer = c.contents();
  const items: Item[] = [
    { name: 'len', text: String(c.qcount) },
    { name: 'cap', text: String(c.size) },
    { name: 'closed', text: String(c.closed) },
  ];
  if (c.size > 0) items.push({ name: 'buffer', text: `[${buffer.map((x) => formatValue(c.elem, x, { quote: true, depth: 1 })).join(' ')}]`, items: buffer.map((x, i) => ({ name: `[${i}]`, t: c.elem, v: x })) });
  items.push({ name: 'waiting to receive', text: gList(recv), items: goroutineItems(recv) });
  items.push({ name: 'waiting to send', text: gList(send), items: goroutineItems(send) });
  return items;
}

function syncItems(m: Machine, t: RType, v: unknown): Item[] {
  const st = syncState(m, v);
  if (st instanceof sema.MutexState) {
    return [
      { name: 'locked', text: String(st.locked) },
      { name: 'owner', text: st.owner ? goroutineName(st.owner) : 'none' },
      { name: 'mode', text: st.starving ? 'starvation' : 'normal' },
      { name: 'waiters', text: gList(st.waiters), items: goroutineItems(st.waiters) },
    ];
  }
  if (st instanceof sema.RWMutexState) {
    const waiters = [...(st.writerWaiting ? [st.writerWaiting] : []), ...st.writerWaiters, ...st.readerWaiters];
    return [
      { name: 'writer', text: st.writer ? goroutineName(st.writer) : 'none' },
      { name: 'readers', text: String(st.readers) },
      { name: 'waiters', text: gList(waiters), items: goroutineItems(waiters) },
    ];
  }
  if (st instanceof sema.WaitGroupState) {
    return [
      { name: 'counter', text: String(st.counter) },
      { name: 'waiters', text: gList(st.waiters), items: goroutineItems(st.waiters) },
    ];
  }
  if (st instanceof sema.CondState) {
    const ws = st.waiters.map((w) => w.g);
    return [{ name: 'waiters', text: gList(ws), items: goroutineItems(ws) }];
  }
  // Never used yet: its zero state.
  switch (syncKind(t)) {
    case 'Mutex':
      return [{ name: 'locked', text: 'false' }, { name: 'owner', text: 'none' }, { name: 'waiters', text: 'none' }];
    case 'WaitGroup':
      return [{ name: 'counter', text: '0' }, { name: 'waiters', text: 'none' }];
    default:
      return [{ name: 'waiters', text: 'none' }];
  }
}
