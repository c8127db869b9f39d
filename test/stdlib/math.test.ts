// math's natives against real Go's results, compared as float64 bits
// (fixtures/math). Most functions must agree bit for bit; Exp (an assembly
// routine in Go on amd64) and what is computed from it may be an ulp off, and
// the special functions gosim approximates must be close.

import * as assert from 'assert';
import { Case, checkNatives, decode, readCases } from './fixture';

/** Within n units in the last place (n = 0: same bits; NaN equals NaN). */
function ulpsApart(a: number, b: number): number {
  if (Number.isNaN(a) && Number.isNaN(b)) return 0;
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const ulp = Math.max(Number.MIN_VALUE, Math.abs(b) * 2 ** -52);
  return Math.abs(a - b) / ulp;
}

const expBased = new Set(['math.Exp', 'math.Sinh', 'math.Cosh', 'math.Tanh', 'math.Pow', 'math.Gamma']);
const approximated = new Set(['math.Lgamma', 'math.Erf', 'math.Erfc', 'math.J0', 'math.Y0']);

function close(name: string, got: unknown[], c: Case): boolean {
  const want = c.results.map(decode);
  return got.every((g, i) => {
    if (typeof g !== 'number' || typeof want[i] !== 'number') return g === want[i];
    const w = want[i] as number;
    if (expBased.has(name)) return ulpsApart(g, w) <= 4;
    if (approximated.has(name)) return ulpsApart(g, w) <= 2 ** 20 || Math.abs(g - w) < 1e-12;
    return false;
  });
}

describe('math', () => {
  const cases = readCases('math');

  it('agrees with Go bit for bit except where Exp or an approximation is involved', () => {
    const exact = cases.filter((c) => !expBased.has(c.name) && !approximated.has(c.name));
    assert.ok(checkNatives('math', exact) > 40000);
  });

  it('is within a few ulps of Go for Exp and the functions built on it', () => {
    assert.ok(checkNatives('math', cases.filter((c) => expBased.has(c.name)), undefined, close) > 5000);
  });

  it('computes the integer powers and small factorials exactly as Go does', () => {
    const exactPow = cases.filter((c) => (c.name === 'math.Pow' && Number.isInteger(decode(c.args[1]))) || (c.name === 'math.Gamma' && Number.isInteger(decode(c.args[0])) && (decode(c.args[0]) as number) <= 33));
    assert.ok(checkNatives('math', exactPow) > 500);
  });

  it('approximates Lgamma, Erf, Erfc, J0 and Y0 closely', () => {
    assert.ok(checkNatives('math', cases.filter((c) => approximated.has(c.name)), undefined, close) > 1000);
  });
});
