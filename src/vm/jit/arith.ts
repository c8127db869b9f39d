// Templates by numeric kind: reading an operand, arithmetic wrapped to the kind's width,
// shifts, conversions between numeric kinds, and comparisons.

import { FuncProto } from '../func';
import { NK, Op } from '../op';

const MAX = '9007199254740991';

/** A JavaScript expression reading operand r: a slot, or a constant inlined when it is a primitive. */
export function rd(p: FuncProto, r: number): string {
  if (r >= 0) return `s[${r}]`;
  const k = -r - 1;
  const v = p.consts[k];
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  return `K[${k}]`;
}

function isNumConst(p: FuncProto, r: number): boolean {
  return r < 0 && typeof p.consts[-r - 1] === 'number';
}

/** Arithmetic templates by numeric kind: `x op y` wrapped to the kind's width. */
export function arith(op: Op, nk: NK, p: FuncProto, ra: number, rb: number): string {
  const x = 'x';
  const y = 'y';
  const both = `${isNumConst(p, ra) ? '' : `typeof x === 'number' && `}${isNumConst(p, rb) ? '' : `typeof y === 'number' && `}`;
  const js: Record<number, string> = { [Op.ADD]: '+', [Op.SUB]: '-', [Op.MUL]: '*' };
  const name: Record<number, string> = { [Op.ADD]: 'add', [Op.SUB]: 'sub', [Op.MUL]: 'mul' };
  switch (op) {
    case Op.ADD:
    case Op.SUB:
    case Op.MUL: {
      const o = js[op];
      switch (nk) {
        case NK.I64:
          return `(${both}(t = x ${o} y) <= ${MAX} && t >= -${MAX}) ? t : R.${name[op]}(x, y)`;
        case NK.U64:
          return op === Op.SUB
            ? `(${both}(t = x - y) >= 0) ? t : R.subU(x, y)`
            : `(${both}(t = x ${o} y) <= ${MAX}) ? t : R.${name[op]}U(x, y)`;
        case NK.I32:
          return op === Op.MUL ? `Math.imul(x, y)` : `(x ${o} y) | 0`;
        case NK.U32:
          return op === Op.MUL ? `Math.imul(x, y) >>> 0` : `(x ${o} y) >>> 0`;
        case NK.I16:
          return op === Op.MUL ? `(Math.imul(x, y) << 16) >> 16` : `((x ${o} y) << 16) >> 16`;
        case NK.U16:
          return op === Op.MUL ? `Math.imul(x, y) & 0xffff` : `(x ${o} y) & 0xffff`;
        case NK.I8:
          return op === Op.MUL ? `(Math.imul(x, y) << 24) >> 24` : `((x ${o} y) << 24) >> 24`;
        case NK.U8:
          return op === Op.MUL ? `Math.imul(x, y) & 0xff` : `(x ${o} y) & 0xff`;
        case NK.F64:
          return `x ${o} y`;
        case NK.F32:
          return `Math.fround(x ${o} y)`;
        case NK.C128:
        case NK.C64:
          return `R.c${name[op]}(x, y, ${nk === NK.C64})`;
        case NK.STR:
          return `x + y`;
      }
      break;
    }
    case Op.DIV:
      switch (nk) {
        case NK.I64:
          return `(${both}true) ? Math.trunc(x / y) : R.div(x, y)`;
        case NK.U64:
          return `(${both}true) ? Math.floor(x / y) : R.divU(x, y)`;
        case NK.I32:
          return `(x / y) | 0`;
        case NK.U32:
          return `(x / y) >>> 0`;
        case NK.I16:
          return `((x / y) << 16) >> 16`;
        case NK.U16:
          return `(x / y) & 0xffff`;
        case NK.I8:
          return `((x / y) << 24) >> 24`;
        case NK.U8:
          return `(x / y) & 0xff`;
        case NK.F64:
          return `x / y`;
        case NK.F32:
          return `Math.fround(x / y)`;
        case NK.C128:
        case NK.C64:
          return `R.cdiv(x, y, ${nk === NK.C64})`;
      }
      break;
    case Op.REM:
      switch (nk) {
        case NK.I64:
          return `(${both}true) ? x % y : R.rem(x, y)`;
        case NK.U64:
          return `(${both}true) ? x % y : R.remU(x, y)`;
        case NK.I32:
        case NK.I16:
        case NK.I8:
          return `(x % y) | 0`;
        default:
          return `x % y`;
      }
    case Op.AND:
    case Op.OR:
    case Op.XOR:
    case Op.ANDNOT: {
      const o = op === Op.AND ? '&' : op === Op.OR ? '|' : op === Op.XOR ? '^' : '& ~';
      const nm = op === Op.AND ? 'and' : op === Op.OR ? 'or' : op === Op.XOR ? 'xor' : 'andNot';
      switch (nk) {
        case NK.I64: {
          // A mask constant in [0, 2^31) works on any safe integer (the low bits of its two's complement).
          const yc = rb < 0 ? (p.consts[-rb - 1] as number) : NaN;
          if (op === Op.AND && typeof yc === 'number' && yc >= 0 && yc < 0x80000000) return `typeof x === 'number' ? x & y : R.and(x, y)`;
          return `(${both}(x | 0) === x && (y | 0) === y) ? (x ${o} y) : R.${nm}(x, y)`;
        }
        case NK.U64:
          return `(${both}x <= 0x7fffffff && y <= 0x7fffffff) ? (x ${o} y) : R.${nm}U(x, y)`;
        case NK.I32:
          return `x ${o} y`;
        case NK.U32:
          return `(x ${o} y) >>> 0`;
        case NK.I16:
          return `((x ${o} y) << 16) >> 16`;
        case NK.U16:
          return `(x ${o} y) & 0xffff`;
        case NK.I8:
          return `((x ${o} y) << 24) >> 24`;
        case NK.U8:
          return `(x ${o} y) & 0xff`;
      }
      break;
    }
  }
  throw new Error(`jit: no template for ${Op[op]} on ${NK[nk]}`);
}

export function shift(op: Op, nk: NK): string {
  if (op === Op.SHL) {
    switch (nk) {
      case NK.I64:
        return `(typeof x === 'number' && typeof y === 'number' && y < 53 && (t = x * R.P2[y]) <= ${MAX} && t >= -${MAX}) ? t : R.shl(x, y)`;
      case NK.U64:
        return `(typeof x === 'number' && typeof y === 'number' && y < 53 && (t = x * R.P2[y]) <= ${MAX}) ? t : R.shlU(x, y)`;
      case NK.I32:
        return `y >= 32 ? 0 : x << y`;
      case NK.U32:
        return `y >= 32 ? 0 : (x << y) >>> 0`;
      case NK.I16:
        return `y >= 16 ? 0 : ((x << y) << 16) >> 16`;
      case NK.U16:
        return `y >= 16 ? 0 : (x << y) & 0xffff`;
      case NK.I8:
        return `y >= 8 ? 0 : ((x << y) << 24) >> 24`;
      case NK.U8:
        return `y >= 8 ? 0 : (x << y) & 0xff`;
    }
  } else {
    switch (nk) {
      case NK.I64:
        return `(typeof x === 'number' && typeof y === 'number') ? (y >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / R.P2[y])) : R.shr(x, y)`;
      case NK.U64:
        return `(typeof x === 'number' && typeof y === 'number') ? (y >= 64 ? 0 : Math.floor(x / R.P2[y])) : R.shrU(x, y)`;
      case NK.I32:
      case NK.I16:
      case NK.I8:
        return `x >> (y >= 31 ? 31 : y)`;
      default:
        return `y >= 32 ? 0 : x >>> y`;
    }
  }
  throw new Error(`jit: no shift template for ${NK[nk]}`);
}

const intKinds: Record<number, [number, boolean]> = {
  [NK.I64]: [64, true],
  [NK.U64]: [64, false],
  [NK.I32]: [32, true],
  [NK.I16]: [16, true],
  [NK.I8]: [8, true],
  [NK.U32]: [32, false],
  [NK.U16]: [16, false],
  [NK.U8]: [8, false],
};

/** Numeric conversion templates: from one kind to another. */
export function conv(from: NK, to: NK): string {
  const fi = intKinds[from];
  const ti = intKinds[to];
  if (fi && ti) {
    const [tb, ts] = ti;
    const [fb, fs] = fi;
    if (tb === 64) {
      if (ts && (fb < 64 || fs)) return 'x';
      if (!ts && !fs && fb === 64) return 'x';
      if (!ts && !fs) return 'x';
      return `R.convInt(x, 64, ${ts})`;
    }
    if (fb <= tb && fs === ts) return 'x';
    if (fb < tb && !fs && ts) return 'x';
    const narrow = tb === 32 ? (ts ? 'x | 0' : 'x >>> 0') : tb === 16 ? (ts ? '(x << 16) >> 16' : 'x & 0xffff') : ts ? '(x << 24) >> 24' : 'x & 0xff';
    if (fb === 64) return `typeof x === 'number' ? (${narrow}) : R.convInt(x, ${tb}, ${ts})`;
    return narrow;
  }
  const isF = (k: NK) => k === NK.F64 || k === NK.F32;
  const isC = (k: NK) => k === NK.C64 || k === NK.C128;
  if (fi && isF(to)) {
    const e = fi[0] === 64 ? `(typeof x === 'number' ? x + 0 : Number(x))` : 'x + 0';
    return to === NK.F32 ? `Math.fround(${e})` : e;
  }
  if (isF(from) && ti) {
    const [tb, ts] = ti;
    if (tb === 64 && ts) return `((t = Math.trunc(x)) >= -${MAX} && t <= ${MAX}) ? t + 0 : R.floatToInt(x, 64, true)`;
    return `R.floatToInt(x, ${tb}, ${ts})`;
  }
  if (isF(from) && isF(to)) return to === NK.F32 ? 'Math.fround(x)' : 'x';
  if (isC(from) && isC(to)) return to === NK.C64 ? 'new R.Complex(Math.fround(x.re), Math.fround(x.im))' : 'x';
  if (from === to) return 'x';
  throw new Error(`jit: no conversion from ${NK[from]} to ${NK[to]}`);
}

export function compare(op: Op, nk: NK): string {
  const o = op === Op.EQ ? '===' : op === Op.NE ? '!==' : op === Op.LT ? '<' : op === Op.LE ? '<=' : op === Op.GT ? '>' : '>=';
  if (nk === NK.C128 || nk === NK.C64) return op === Op.EQ ? 'R.ceq(x, y)' : '!R.ceq(x, y)';
  return `x ${o} y`;
}
