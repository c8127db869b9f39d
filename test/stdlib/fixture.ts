// Reads the expectations real Go produced for a library package's natives
// (test/stdlib/fixtures/<pkg>/expected.txt, written by that folder's main.go)
// and checks gosim's natives against them.
//
// Each line is `Name|arg|arg=>result|result`, every value tagged:
//   s:<hex>   a string's bytes        b:<hex> / b:nil   a []byte
//   i:<dec>   any integer             f:<hex>           a float64's IEEE bits
//   g:<hex>   a float32's IEEE bits
//   true / false                      r:<dec>           a rune (int32)
//   l:<len>:<cap>:<hex>,<hex>...  /  l:nil               a []string

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { NativeHost } from '../../src/vm/native';
import { natives } from '../../src/stdlib/natives';
import { norm } from '../../src/vm/int64';
import { Slice } from '../../src/vm/value';

export interface Case {
  line: string;
  name: string;
  args: string[];
  results: string[];
}

/** The repository root: found upwards from the bundled test, or the working directory. */
export function repoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'test', 'stdlib', 'fixtures'))) return dir;
  }
  return process.cwd();
}

export function fixturePath(pkg: string, file = 'expected.txt'): string {
  return path.join(repoRoot(), 'test', 'stdlib', 'fixtures', pkg, file);
}

/** A tagged value with every NaN written the same way (JS cannot keep NaN payloads). */
function canonical(v: string): string {
  if (v.startsWith('f:') || v.startsWith('g:')) {
    const x = decode(v) as number;
    if (Number.isNaN(x)) return v.slice(0, 2) + 'nan';
  }
  return v;
}

export function readCases(pkg: string, file = 'expected.txt'): Case[] {
  const text = fs.readFileSync(fixturePath(pkg, file), 'latin1');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [lhs, rhs] = line.split('=>');
      const [name, ...args] = lhs.split('|');
      return { line, name, args: args.filter((a) => a !== ''), results: rhs === '' ? [] : rhs.split('|').map(canonical) };
    });
}

function unhex(h: string): string {
  let s = '';
  for (let i = 0; i < h.length; i += 2) s += String.fromCharCode(parseInt(h.slice(i, i + 2), 16));
  return s;
}

function hex(s: string): string {
  let h = '';
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(2, '0');
  return h;
}

const f64 = new DataView(new ArrayBuffer(8));

/** The VM value a tagged fixture value stands for. */
export function decode(v: string): unknown {
  if (v === 'true') return true;
  if (v === 'false') return false;
  const tag = v.slice(0, 2);
  const body = v.slice(2);
  switch (tag) {
    case 's:':
      return unhex(body);
    case 'b:': {
      if (body === 'nil') return null;
      const bytes = [...unhex(body)].map((c) => c.charCodeAt(0));
      return new Slice(bytes, 0, bytes.length, bytes.length);
    }
    case 'i:':
    case 'r:':
      return norm(BigInt(body));
    case 'l:': {
      if (body === 'nil') return null;
      const [len, cap, items] = body.split(':');
      const a: unknown[] = Number(len) === 0 ? [] : items.split(',').map(unhex);
      while (a.length < Number(cap)) a.push('');
      return new Slice(a, 0, Number(len), Number(cap));
    }
    case 'f:':
      if (body === 'nan') return NaN;
      f64.setBigUint64(0, BigInt('0x' + body));
      return f64.getFloat64(0);
    case 'g:':
      if (body === 'nan') return NaN;
      f64.setUint32(0, parseInt(body, 16));
      return f64.getFloat32(0);
  }
  throw new Error(`bad fixture value ${v}`);
}

/** Encodes a VM value in the tag of the expected value, to compare the two as text. */
export function encode(v: unknown, like: string): string {
  if (like === 'true' || like === 'false') return String(v);
  switch (like.slice(0, 2)) {
    case 's:':
      return typeof v === 'string' ? 's:' + hex(v) : `?${String(v)}`;
    case 'b:': {
      if (v === null) return 'b:nil';
      if (!(v instanceof Slice)) return `?${String(v)}`;
      return 'b:' + (v.a.slice(v.off, v.off + v.len) as number[]).map((x) => x.toString(16).padStart(2, '0')).join('');
    }
    case 'l:': {
      if (v === null) return 'l:nil';
      if (!(v instanceof Slice)) return `?${String(v)}`;
      return `l:${v.len}:${v.cap}:` + (v.a.slice(v.off, v.off + v.len) as string[]).map(hex).join(',');
    }
    case 'i:':
      return 'i:' + String(v);
    case 'r:':
      return 'r:' + String(v);
    case 'f:':
      if (typeof v !== 'number') return `?${String(v)}`;
      if (Number.isNaN(v)) return 'f:nan';
      f64.setFloat64(0, v);
      return 'f:' + f64.getBigUint64(0).toString(16).padStart(16, '0');
    case 'g:':
      if (typeof v !== 'number') return `?${String(v)}`;
      if (Number.isNaN(v)) return 'g:nan';
      f64.setFloat32(0, v);
      return 'g:' + f64.getUint32(0).toString(16).padStart(8, '0');
  }
  return `?${String(v)}`;
}

/** A host for natives that only compute: anything else fails the test. */
export const pureHost = new Proxy({} as NativeHost, {
  get(_t, prop) {
    if (prop === 'panic' || prop === 'runtimeError')
      return (v: unknown) => {
        throw new Error(`native panicked: ${String(v)}`);
      };
    throw new Error(`native used host.${String(prop)}`);
  },
});

/** Calls a native by Go's full name and returns its results as a list. */
export function callNative(name: string, args: unknown[]): unknown[] {
  const impl = natives[name];
  if (!impl?.fn) throw new Error(`no native ${name}`);
  const r = impl.fn(pureHost, args);
  if (r === undefined) return [];
  return Array.isArray(r) && !(r instanceof Slice) ? r : [r];
}

/**
 * Checks every case of a fixture file whose name is a native (`pkg.Name`),
 * collecting mismatches so one run shows them all; returns how many ran.
 */
export function checkNatives(pkg: string, cases: Case[], rename: (name: string) => string = (n) => n, close?: (name: string, got: unknown[], c: Case) => boolean): number {
  const bad: string[] = [];
  let n = 0;
  for (const c of cases) {
    const name = rename(c.name);
    if (!natives[name]?.fn) continue;
    n++;
    let got: string[];
    let values: unknown[] = [];
    try {
      values = callNative(name, c.args.map(decode));
      got = values.map((v, i) => encode(v, c.results[i] ?? ''));
    } catch (e) {
      got = [`threw ${(e as Error).message}`];
    }
    if (got.join('|') !== c.results.join('|') && !close?.(name, values, c)) bad.push(`${c.line}\n    got ${got.join('|')}`);
  }
  assert.deepStrictEqual(bad.slice(0, 20), [], `${bad.length} mismatches in ${pkg}`);
  return n;
}
