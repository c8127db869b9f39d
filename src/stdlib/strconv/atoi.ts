// Parsing integers: strconv.ParseUint, ParseInt and Atoi. Results are the
// VM's int representation (a number while safe, else a bigint: vm/int64.ts)
// with a status code the Go side (strconv.go) turns into a *NumError.

import { Int, norm } from '../../vm/int64';

/** Why a parse failed; the Go code in strconv.go maps these to errors. */
export const enum Status {
  OK = 0,
  Syntax = 1,
  Range = 2,
  /** "invalid base N" */
  Base = 3,
  /** "invalid bit size N" */
  BitSize = 4,
}

export type IntResult = [Int, Status];

function lower(c: number): number {
  return c | 0x20;
}

/**
 * Whether the underscores in s (a whole literal, sign included) are digit
 * separators Go accepts: each between two digits, or after a base prefix and
 * before a digit.
 */
export function underscoreOK(s: string): boolean {
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) i = 1;
  // 'd' after a digit or prefix, '_' after an underscore, '^' at the start, '!' after anything else.
  let saw = '^';
  let hex = false;
  if (s.length - i >= 2 && s[i] === '0') {
    const p = lower(s.charCodeAt(i + 1));
    if (p === 0x62 || p === 0x6f || p === 0x78) {
      i += 2;
      saw = 'd';
      hex = p === 0x78;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const l = lower(c);
    if ((c >= 0x30 && c <= 0x39) || (hex && l >= 0x61 && l <= 0x66)) {
      saw = 'd';
      continue;
    }
    if (c === 0x5f) {
      if (saw !== 'd') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = lower(c);
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 99;
}

const SAFE_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 36) - 36;

/** strconv.ParseUint(s, base, bitSize). */
export function parseUint(s: string, base: number, bitSize: number): IntResult {
  if (s.length === 0) return [0, Status.Syntax];
  const s0 = s;
  const base0 = base === 0;
  if (base0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      if (p === 0x62) base = 2;
      else if (p === 0x6f) base = 8;
      else if (p === 0x78) base = 16;
      s = s.slice(base === 10 ? 1 : 2);
      if (base === 10) base = 8;
    }
  } else if (base < 2 || base > 36) {
    return [0, Status.Base];
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return [0, Status.BitSize];
  const maxVal = bitSize === 64 ? 18446744073709551615n : (1n << BigInt(bitSize)) - 1n;
  const small = bitSize <= 52;
  const maxSmall = small ? Number(maxVal) : 0;
  let underscores = false;
  // Accumulate in a number while it is safe, then in a bigint.
  let n = 0;
  let big: bigint | null = null;
  const bigBase = BigInt(base);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return [0, Status.Syntax];
    // Go reports overflow at the digit that causes it, before later syntax errors.
    if (big === null) {
      n = n * base + d;
      if (small && n > maxSmall) return [norm(maxVal), Status.Range];
      if (n > SAFE_LIMIT) big = BigInt(n);
    } else {
      big = big * bigBase + BigInt(d);
      if (big > maxVal) return [norm(maxVal), Status.Range];
    }
  }
  if (underscores && !underscoreOK(s0)) return [0, Status.Syntax];
  return [big === null ? n : norm(big), Status.OK];
}

/** strconv.ParseInt(s, base, bitSize). */
export function parseInt(s: string, base: number, bitSize: number): IntResult {
  if (s.length === 0) return [0, Status.Syntax];
  let neg = false;
  let body = s;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    body = s.slice(1);
  }
  const [un, st] = parseUint(body, base, bitSize);
  if (st !== Status.OK && st !== Status.Range) return [0, st];
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (typeof un === 'number' && un < 2 ** (bitSize - 1)) return [neg ? 0 - un : un, Status.OK];
  const u = BigInt(un);
  if (!neg && u >= cutoff) return [norm(cutoff - 1n), Status.Range];
  if (neg && u > cutoff) return [norm(-cutoff), Status.Range];
  return [norm(neg ? -u : u), Status.OK];
}

/** strconv.Atoi: ParseInt(s, 10, 0), with a fast path for short plain numbers. */
export function atoi(s: string): IntResult {
  const n = s.length;
  if (n > 0 && n < 16) {
    let i = s.charCodeAt(0) === 0x2d || s.charCodeAt(0) === 0x2b ? 1 : 0;
    if (i < n) {
      let v = 0;
      for (; i < n; i++) {
        const d = s.charCodeAt(i) - 0x30;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (i === n) return [s.charCodeAt(0) === 0x2d ? 0 - v : v, Status.OK];
    }
  }
  return parseInt(s, 10, 0);
}
