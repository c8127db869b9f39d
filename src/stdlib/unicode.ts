// Native parts of package unicode: character classes and case mapping, and
// the rune-level helpers strings and bytes share.
//
// Go ships its own Unicode 13 tables; gosim asks the JS engine instead
// (regular-expression property escapes such as \p{Lu}, and toUpperCase), so
// characters assigned after Unicode 13 are classified as the engine's newer
// Unicode says. Latin-1 follows Go's own rules exactly (IsControl and IsSpace
// there are not plain category tests), and case mapping is Go's *simple*
// (one rune to one rune) mapping: where JS's full mapping yields several
// runes, Go's answer comes from the small tables below.

import type { NativeImpl } from '../vm/native';

const MAX_RUNE = 0x10ffff;

/** A property test per table name; the name is a JS property escape body (`Lu`, `Script=Latin`). */
const tests = new Map<string, (r: number) => boolean>();

/**
 * Go tables JS has no property for, as set expressions over ones it has:
 * `Other_X` is the part of the derived property X not given by its categories.
 */
const derived: Record<string, [string, string[]]> = {
  // Go's C is the assigned "other" characters; JS's also has the unassigned (Cn).
  C: ['C', ['Cn']],
  Other_Alphabetic: ['Alphabetic', ['L', 'Nl']],
  Other_Lowercase: ['Lowercase', ['Ll']],
  Other_Uppercase: ['Uppercase', ['Lu']],
  Other_Math: ['Math', ['Sm']],
  Other_Grapheme_Extend: ['Grapheme_Extend', ['Mn', 'Me']],
  // Small contributory properties JS has no escape for, listed from the Unicode 13 data files.
  Hyphen: ['[\\-\\u00AD\\u058A\\u1806\\u2010\\u2011\\u2E17\\u30FB\\uFE63\\uFF0D\\uFF65]', []],
  Other_ID_Start: ['[\\u1885\\u1886\\u2118\\u212E\\u309B\\u309C]', []],
  Other_ID_Continue: ['[\\u00B7\\u0387\\u1369-\\u1371\\u19DA]', []],
  Prepended_Concatenation_Mark: ['[\\u0600-\\u0605\\u06DD\\u070F\\u08E2\\u{110BD}\\u{110CD}]', []],
  Other_Default_Ignorable_Code_Point: [
    '[\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u3164\\uFFA0\\uFFF0-\\uFFF8\\u{E0000}\\u{E0002}-\\u{E001F}\\u{E0080}-\\u{E00FF}\\u{E01F0}-\\u{E0FFF}]',
    [],
  ],
};

function compile(body: string): RegExp {
  return new RegExp(body.startsWith('[') ? `^${body}$` : `^\\p{${body}}$`, 'u');
}

function testFor(name: string): (r: number) => boolean {
  let t = tests.get(name);
  if (t) return t;
  const d = derived[name];
  const yes = compile(d ? d[0] : name);
  const no = d ? d[1].map(compile) : [];
  // BMP answers are memoised: 0 unknown, 1 no, 2 yes.
  const memo = new Uint8Array(0x10000);
  const slow = (r: number): boolean => {
    const s = String.fromCodePoint(r);
    return yes.test(s) && !no.some((x) => x.test(s));
  };
  t = (r: number): boolean => {
    if (r < 0 || r > MAX_RUNE) return false;
    if (r >= 0x10000) return slow(r);
    const m = memo[r];
    if (m) return m === 2;
    const v = slow(r);
    memo[r] = v ? 2 : 1;
    return v;
  };
  tests.set(name, t);
  return t;
}

/** Whether rune r is in the Go table named by a property escape body. */
export function isIn(name: string, r: number): boolean {
  return testFor(name)(r);
}

const isL = testFor('L');
const isLu = testFor('Lu');
const isLl = testFor('Ll');
const isLt = testFor('Lt');
const isM = testFor('M');
const isN = testFor('N');
const isNd = testFor('Nd');
const isP = testFor('P');
const isS = testFor('S');
const isZs = testFor('Zs');
const isWhiteSpace = testFor('White_Space');

export function isSpaceRune(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return isWhiteSpace(r);
}

export function isLetterRune(r: number): boolean {
  if (r < 0x80) return (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
  return isL(r);
}

export function isDigitRune(r: number): boolean {
  if (r <= 0xff) return r >= 0x30 && r <= 0x39;
  return isNd(r);
}

/** Go's IsControl knows only the Latin-1 controls (C0, DEL and C1). */
function isControlRune(r: number): boolean {
  return (r >= 0 && r < 0x20) || (r >= 0x7f && r <= 0x9f);
}

function isPrintRune(r: number): boolean {
  if (r === 0x20) return true;
  return isL(r) || isM(r) || isN(r) || isP(r) || isS(r);
}

function isGraphicRune(r: number): boolean {
  return isPrintRune(r) || isZs(r);
}

// ---- case mapping ---------------------------------------------------------------

/**
 * Simple upper-case mappings JS cannot give, because its full mapping of
 * these runes has several runes: Greek letters with ypogegrammeni map to
 * their title-case forms.
 */
const upperExceptions = new Map<number, number>([
  [0x1fb3, 0x1fbc],
  [0x1fc3, 0x1fcc],
  [0x1ff3, 0x1ffc],
]);
for (const base of [0x1f80, 0x1f90, 0x1fa0]) for (let i = 0; i < 8; i++) upperExceptions.set(base + i, base + 8 + i);

/** Title case differs from upper case for the Latin digraphs and for Georgian (title-cased as itself). */
function titleException(r: number): number | undefined {
  if (r >= 0x1c4 && r <= 0x1cc) return r - ((r - 0x1c4) % 3) + 1;
  if (r >= 0x1f1 && r <= 0x1f3) return 0x1f2;
  if ((r >= 0x10d0 && r <= 0x10fa) || (r >= 0x10fd && r <= 0x10ff)) return r;
  return undefined;
}

/**
 * Cased letters Unicode added after 13.0, the edition of Go 1.19's tables:
 * Go maps neither them nor their older partners (ɤ stays ɤ, though Unicode 16
 * gave it the capital Ꟛ). Found by comparing the engine with real Go.
 */
const casedSince13 = [
  [0x1c89, 0x1c8a], [0x2c2f, 0x2c2f], [0x2c5f, 0x2c5f], [0xa7c0, 0xa7c1], [0xa7cb, 0xa7dc], [0x10570, 0x105bc],
  [0x10d50, 0x10d85], [0x16ea0, 0x16ed3],
];

function newerThanGo(r: number): boolean {
  if (r < 0x1c89) return false;
  return casedSince13.some(([lo, hi]) => r >= lo && r <= hi);
}

/** The single rune of a one-rune mapping result that Go also knows, or undefined. */
function single(s: string): number | undefined {
  const c = s.codePointAt(0)!;
  return s.length === (c > 0xffff ? 2 : 1) && !newerThanGo(c) ? c : undefined;
}

const upperMemo = new Map<number, number>();
const lowerMemo = new Map<number, number>();

export function toUpperRune(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  if (r > MAX_RUNE) return r;
  let u = upperMemo.get(r);
  if (u === undefined) {
    u = newerThanGo(r) ? r : single(String.fromCodePoint(r).toUpperCase()) ?? upperExceptions.get(r) ?? r;
    upperMemo.set(r, u);
  }
  return u;
}

export function toLowerRune(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  if (r > MAX_RUNE) return r;
  let l = lowerMemo.get(r);
  if (l === undefined) {
    // İ's full lower case is i + combining dot; its simple one is plain i.
    l = newerThanGo(r) ? r : r === 0x130 ? 0x69 : (single(String.fromCodePoint(r).toLowerCase()) ?? r);
    lowerMemo.set(r, l);
  }
  return l;
}

export function toTitleRune(r: number): number {
  if (r < 0x80) return toUpperRune(r);
  return titleException(r) ?? toUpperRune(r);
}

/**
 * Case-folding orbits: runes equivalent under simple case folding, sorted.
 * Built once, on first use, by grouping every cased rune by lower(upper(r)).
 * İ and ı fold only under Turkish rules, so they stay out of i's orbit.
 */
let orbits: Map<number, number[]> | null = null;

function orbitOf(r: number): number[] | undefined {
  if (!orbits) {
    const groups = new Map<number, number[]>();
    for (let c = 0x41; c < 0x20000; c++) {
      if (c === 0x130 || c === 0x131 || (c >= 0xd800 && c <= 0xdfff)) continue;
      const u = toUpperRune(c);
      const l = toLowerRune(c);
      if (u === c && l === c) continue;
      const key = toLowerRune(u);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(c);
    }
    orbits = new Map();
    for (const [key, g] of groups) {
      if (!g.includes(key)) g.push(key);
      g.sort((a, b) => a - b);
      if (g.length > 1) for (const c of g) orbits.set(c, g);
    }
  }
  return orbits.get(r);
}

export function simpleFold(r: number): number {
  // İ and ı have only Turkish foldings, which Go leaves out.
  if (r < 0 || r > MAX_RUNE || r === 0x130 || r === 0x131) return r;
  if (r < 0x80 && !isLetterRune(r)) return r;
  const o = orbitOf(r);
  if (o) {
    const i = o.indexOf(r);
    return o[(i + 1) % o.length];
  }
  const l = toLowerRune(r);
  return l !== r ? l : toUpperRune(r);
}

const rune = (f: (r: number) => boolean): NativeImpl => ({ fn: (_h, [r]) => f(r as number) });
const map = (f: (r: number) => number): NativeImpl => ({ fn: (_h, [r]) => f(r as number) });

export const natives: Record<string, NativeImpl> = {
  'unicode.isTable': { fn: (_h, [name, r]) => isIn(name as string, r as number) },
  'unicode.IsLetter': rune(isLetterRune),
  'unicode.IsDigit': rune(isDigitRune),
  'unicode.IsNumber': rune((r) => (r <= 0xff ? (r >= 0x30 && r <= 0x39) || isN(r) : isN(r))),
  'unicode.IsSpace': rune(isSpaceRune),
  'unicode.IsUpper': rune((r) => (r < 0x80 ? r >= 0x41 && r <= 0x5a : isLu(r))),
  'unicode.IsLower': rune((r) => (r < 0x80 ? r >= 0x61 && r <= 0x7a : isLl(r))),
  'unicode.IsTitle': rune((r) => r > 0xff && isLt(r)),
  'unicode.IsPunct': rune(isP),
  'unicode.IsSymbol': rune(isS),
  'unicode.IsMark': rune((r) => r > 0xff && isM(r)),
  'unicode.IsPrint': rune(isPrintRune),
  'unicode.IsGraphic': rune(isGraphicRune),
  'unicode.IsControl': rune(isControlRune),
  'unicode.ToUpper': map(toUpperRune),
  'unicode.ToLower': map(toLowerRune),
  'unicode.ToTitle': map(toTitleRune),
  'unicode.SimpleFold': map(simpleFold),
};
