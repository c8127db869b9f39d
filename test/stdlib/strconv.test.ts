// strconv's formatting, parsing and quoting against real Go's results
// (fixtures/strconv, written by its main.go). The Go wrappers of strconv.go
// turn status codes into *NumError texts; errorText mirrors them here.

import * as assert from 'assert';
import type * as ast from '../../src/syntax/ast';
import { loadProgram } from '../../src/engine/load';
import { parseFile } from '../../src/syntax/parser';
import { SourceFile } from '../../src/syntax/source';
import { packageSources } from '../../src/stdlib/sources';
import { natives } from '../../src/stdlib/natives';
import { Case, decode, encode, readCases } from './fixture';
import { atoi, parseInt, parseUint, Status } from '../../src/stdlib/strconv/atoi';
import { parseFloat } from '../../src/stdlib/strconv/atof';
import { formatFloat } from '../../src/stdlib/strconv/ftoa';
import { shortestExact } from '../../src/stdlib/strconv/decimal';
import {
  canBackquote,
  isGraphic,
  isPrint,
  quote,
  quoteRuneWith,
  quoteToASCII,
  quoteToGraphic,
  quotedPrefix,
  unquote,
  unquoteChar,
} from '../../src/stdlib/strconv/quote';

/** The text of the error strconv.go builds for a status ('' for none). */
function errorText(fn: string, s: string, st: Status, base: number, bitSize: number): string {
  const why = ['', 'invalid syntax', 'value out of range', `invalid base ${base}`, `invalid bit size ${bitSize}`][st];
  return st === Status.OK ? '' : `strconv.${fn}: parsing ${quote(s)}: ${why}`;
}

const S = (v: unknown) => v as string;
const N = (v: unknown) => Number(v);

const impls: Record<string, (a: unknown[]) => unknown[]> = {
  Itoa: ([i]) => [String(i)],
  FormatInt: ([i, b]) => [(i as number).toString(N(b))],
  FormatUint: ([i, b]) => [(i as number).toString(N(b))],
  Atoi: ([s]) => {
    const [v, st] = atoi(S(s));
    return [v, errorText('Atoi', S(s), st, 10, 0)];
  },
  ParseInt: ([s, b, bits]) => {
    const [v, st] = parseInt(S(s), N(b), N(bits));
    return [v, errorText('ParseInt', S(s), st, N(b), N(bits))];
  },
  ParseUint: ([s, b, bits]) => {
    const [v, st] = parseUint(S(s), N(b), N(bits));
    return [v, errorText('ParseUint', S(s), st, N(b), N(bits))];
  },
  ParseFloat: ([s, bits]) => {
    const [v, st] = parseFloat(S(s), N(bits));
    return [v, errorText('ParseFloat', S(s), st, 10, N(bits))];
  },
  FormatFloat: ([f, c, p, bits]) => [formatFloat(f as number, N(c), N(p), N(bits))],
  Quote: ([s]) => [quote(S(s))],
  QuoteToASCII: ([s]) => [quoteToASCII(S(s))],
  QuoteToGraphic: ([s]) => [quoteToGraphic(S(s))],
  CanBackquote: ([s]) => [canBackquote(S(s))],
  QuoteRune: ([r]) => [quoteRuneWith(N(r), false, false)],
  QuoteRuneToASCII: ([r]) => [quoteRuneWith(N(r), true, false)],
  QuoteRuneToGraphic: ([r]) => [quoteRuneWith(N(r), false, true)],
  IsPrint: ([r]) => [isPrint(N(r))],
  IsGraphic: ([r]) => [isGraphic(N(r))],
  Unquote: ([s]) => {
    const u = unquote(S(s));
    return u === null ? ['', 'invalid syntax'] : [u, ''];
  },
  QuotedPrefix: ([s]) => {
    const u = quotedPrefix(S(s));
    return u === null ? ['', 'invalid syntax'] : [u, ''];
  },
  UnquoteChar: ([s, q]) => {
    const u = unquoteChar(S(s), N(q));
    return u === null ? [0, false, '', 'invalid syntax'] : [u.value, u.multibyte, u.tail, ''];
  },
};

const cases = readCases('strconv');

function isNaNTag(t: string | undefined): boolean {
  return t !== undefined && /^f:(7ff|fff)[0-9a-f]*$/.test(t) && !/^f:(7ff|fff)0000000000000$/.test(t);
}

/** Runs the cases of the named functions; returns the mismatches (at most 20) and the count. */
function run(names: string[]): { bad: string[]; n: number } {
  const bad: string[] = [];
  let n = 0;
  for (const c of cases as Case[]) {
    if (!names.includes(c.name)) continue;
    n++;
    let got: string[];
    try {
      got = impls[c.name](c.args.map(decode)).map((v, i) => encode(v, c.results[i] ?? ''));
    } catch (e) {
      got = [`threw ${(e as Error).stack}`];
    }
    // NaN payloads do not survive JavaScript arithmetic: any NaN is Go's NaN.
    got = got.map((g, i) => (isNaNTag(g) && isNaNTag(c.results[i]) ? c.results[i] : g));
    if (got.join('|') !== c.results.join('|')) bad.push(`${c.line}\n    got ${got.join('|')}`);
  }
  return { bad: bad.slice(0, 20), n };
}

function check(names: string[], atLeast: number): void {
  const { bad, n } = run(names);
  assert.deepStrictEqual(bad, []);
  assert.ok(n >= atLeast, `only ${n} cases`);
}

describe('strconv', () => {
  it('formats integers in every base as Go does', () => check(['Itoa', 'FormatInt', 'FormatUint'], 100));
  it('parses integers with Go’s prefixes, underscores, ranges and errors', () => check(['Atoi', 'ParseInt', 'ParseUint'], 1000));
  it('parses floats, hex floats, inf and nan, rounding float32 exactly', () => check(['ParseFloat'], 500));
  it('formats floats in every format, precision and size as Go does', () => check(['FormatFloat'], 5000));
  it('quotes strings and runes, escaping what Go 1.19 does not print', () =>
    check(['Quote', 'QuoteToASCII', 'QuoteToGraphic', 'CanBackquote', 'QuoteRune', 'QuoteRuneToASCII', 'QuoteRuneToGraphic', 'IsPrint', 'IsGraphic'], 200));
  it('unquotes literals and single characters, rejecting what Go rejects', () => check(['Unquote', 'QuotedPrefix', 'UnquoteChar'], 100));

  it('finds the same shortest float32 digits by exact search as by the fast search', () => {
    for (let i = 0; i < 2000; i++) {
      const x = Math.fround(Math.pow(2, (i % 200) - 100) * (1 + ((i * 7919) % 1000) / 1000));
      const fast = formatFloat(x, 101, -1, 32);
      const d = shortestExact(x, 24);
      assert.strictEqual(Number(`0.${d.d}e${d.dp}`), Number(fast), `${x}`);
    }
  });
});

describe('package strconv', () => {
  it('type-checks when a program imports it, and its bodyless functions and natives match', async () => {
    const r = await loadProgram('prog.go', 'package main\n\nimport _ "strconv"\n\nfunc main() {}\n', { goVersion: 19 });
    assert.ok(r.ok, r.ok ? '' : r.errors.map(String).join('\n'));
    const parsed = await parseFile(new SourceFile('strconv.go', packageSources['strconv']));
    const bodyless = parsed.file!.decls.filter((d): d is ast.FuncDecl => d.kind === 'FuncDecl' && !d.body && !d.recv);
    const declared = bodyless.map((d) => `strconv.${d.name.name}`);
    assert.deepStrictEqual(declared.filter((n) => !natives[n]), []);
    assert.deepStrictEqual(Object.keys(natives).filter((n) => n.startsWith('strconv.') && !declared.includes(n)), []);
  });
});
