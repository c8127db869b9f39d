// A compact text form of a syntax tree, so that gosim's own Go library can be
// parsed once, when gosim is built, instead of by every process that runs a
// lesson (esbuild.js packs each package; src/engine/load.ts unpacks it).
//
// The tree is plain data (ast.ts), but not quite a tree: a constant spec that
// repeats the previous one's expressions implicitly shares them with it, and the
// checker keys its side tables by node, so sharing is kept, not copied. Keys
// are kept in their order and an absent optional key stays absent, so the
// unpacked objects have the parser's shapes.
//
// The packed form is JSON, about three times the size of the source. Every
// object or array is a JSON array whose first element says what it is:
//   [ARRAY, ...items]
//   [shape + FIRST_SHAPE, ...values]   an object of a shape (below)
//   [SHARED, object]                   an object met again later: the next
//                                      entry of the shared table
//   [REF, index]                       an entry of the shared table
// A shape is an object's keys, in order, and its `kind` (the same for every
// object of the shape, so not written with each). Shared objects are numbered
// in the order their packing ends, which is the order their unpacking ends.
// Numbers, strings, booleans and null are themselves, except that an offset
// (the integer of a key of OFFSETS) is written as its distance from the offset
// written before it: nodes are packed in source order, so these are short. Anything
// else (undefined, a class instance, a Map, a cycle, a number JSON cannot
// hold) is refused when packing, so what unpacks is what was packed.

import type * as ast from './ast';

const ARRAY = 0;
const REF = 1;
const SHARED = 2;
const FIRST_SHAPE = 3;

/** The keys of ast.ts whose numbers are offsets into the source. */
const OFFSETS = new Set(['pos', 'end', 'lbrace', 'rbrace', 'lbrack', 'lparen', 'rparen', 'ellipsis', 'opPos', 'colon', 'arrow', 'tokPos', 'forPos']);

type Packed = null | boolean | number | string | Packed[];

interface Shape {
  keys: string[];
  /** The `kind` of every object of the shape, or null if it has none. */
  kind: string | null;
}

interface PackedTree {
  shapes: Shape[];
  root: Packed;
}

/** The packed JSON text of a syntax tree. */
export function packTree(root: ast.File): string {
  // Objects reached more than once (visiting each only once).
  const seen = new Set<object>();
  const shared = new Set<object>();
  const onPath = new Set<object>();
  const count = (v: unknown, where: string): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`packTree: ${where} is ${v}, which JSON does not keep`);
      return;
    }
    if (typeof v !== 'object') throw new Error(`packTree: ${where} is ${typeof v}`);
    if (onPath.has(v)) throw new Error(`packTree: ${where} is a cycle`);
    if (seen.has(v)) {
      shared.add(v);
      return;
    }
    seen.add(v);
    onPath.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) throw new Error(`packTree: ${where}[${i}] is a hole`);
        count(v[i], `${where}[${i}]`);
      }
    } else {
      if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`packTree: ${where} is not a plain object`);
      for (const key of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[key];
        if (OFFSETS.has(key) && typeof x === 'number' && !Number.isSafeInteger(x)) throw new Error(`packTree: ${where}.${key} is ${x}, not an offset`);
        count(x, `${where}.${key}`);
      }
    }
    onPath.delete(v);
  };
  count(root, 'file');

  const shapes: Shape[] = [];
  const shapeIndex = new Map<string, number>();
  const refs = new Map<object, number>();
  let offset = 0;
  const pack = (v: unknown): Packed => {
    if (v === null || typeof v !== 'object') return v as Packed;
    const ref = refs.get(v);
    if (ref !== undefined) return [REF, ref];
    let out: Packed[];
    if (Array.isArray(v)) {
      out = [ARRAY];
      for (const item of v) out.push(pack(item));
    } else {
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj);
      const kind = typeof obj.kind === 'string' ? obj.kind : null;
      const signature = `${kind} ${keys.join(',')}`;
      let shape = shapeIndex.get(signature);
      if (shape === undefined) {
        shape = shapes.length;
        shapes.push({ keys, kind });
        shapeIndex.set(signature, shape);
      }
      out = [shape + FIRST_SHAPE];
      for (const key of keys) {
        const x = obj[key];
        if (key === 'kind' && kind !== null) continue;
        if (OFFSETS.has(key) && typeof x === 'number') {
          out.push(x - offset);
          offset = x;
        } else {
          out.push(pack(x));
        }
      }
    }
    if (!shared.has(v)) return out;
    refs.set(v, refs.size);
    return [SHARED, out];
  };
  const packed: PackedTree = { shapes, root: pack(root) };
  return JSON.stringify(packed);
}

/** How unpacking fills one key of a shape. */
const enum Fill {
  Value,
  Offset,
  Kind,
}

/** The syntax tree packTree packed. */
export function unpackTree(text: string): ast.File {
  const { shapes, root } = JSON.parse(text) as PackedTree;
  const fills = shapes.map((s) => s.keys.map((k) => (k === 'kind' && s.kind !== null ? Fill.Kind : OFFSETS.has(k) ? Fill.Offset : Fill.Value)));
  const table: unknown[] = [];
  let offset = 0;
  const unpack = (v: Packed): unknown => {
    if (!Array.isArray(v)) return v;
    const tag = v[0] as number;
    if (tag === ARRAY) {
      const out = new Array(v.length - 1);
      for (let i = 1; i < v.length; i++) out[i - 1] = unpack(v[i]);
      return out;
    }
    if (tag === REF) return table[v[1] as number];
    if (tag === SHARED) {
      const obj = unpack(v[1]);
      table.push(obj);
      return obj;
    }
    const { keys, kind } = shapes[tag - FIRST_SHAPE];
    const fill = fills[tag - FIRST_SHAPE];
    const obj: Record<string, unknown> = {};
    for (let i = 0, j = 1; i < keys.length; i++) {
      switch (fill[i]) {
        case Fill.Kind:
          obj[keys[i]] = kind;
          break;
        case Fill.Offset: {
          const x = v[j++];
          if (typeof x === 'number') obj[keys[i]] = offset += x;
          else obj[keys[i]] = unpack(x);
          break;
        }
        default:
          obj[keys[i]] = unpack(v[j++]);
      }
    }
    return obj;
  };
  return unpack(root) as ast.File;
}
