// unicode's natives against real Go's classification and case mapping of
// every rune (fixtures/unicode). gosim asks the JS engine's newer Unicode, so
// runes Go 1.19 (Unicode 13) has not assigned are left out of the comparison.

import * as assert from 'assert';
import * as fs from 'fs';
import { fixturePath } from './fixture';
import { natives } from '../../src/stdlib/natives';
import { isIn } from '../../src/stdlib/unicode';
import type { NativeHost } from '../../src/vm/native';

const host = {} as NativeHost;
const LIMIT = 0x110000;

interface Fixture {
  preds: Map<string, Uint8Array>;
  maps: Map<string, Map<number, number>>;
}

function load(): Fixture {
  const preds = new Map<string, Uint8Array>();
  const maps = new Map<string, Map<number, number>>();
  for (const line of fs.readFileSync(fixturePath('unicode'), 'latin1').split('\n')) {
    const [kind, name, ...items] = line.split(' ');
    if (kind === 'pred') {
      const set = new Uint8Array(LIMIT);
      for (const it of items) {
        const [lo, hi] = it.split('-').map((x) => parseInt(x, 16));
        set.fill(1, lo, hi + 1);
      }
      preds.set(name, set);
    } else if (kind === 'map') {
      maps.set(name, new Map(items.map((it) => it.split(':').map((x) => parseInt(x, 16)) as [number, number])));
    }
  }
  return { preds, maps };
}

const fixture = load();
const assigned = fixture.preds.get('assigned')!;

/** Runes (hex) where f disagrees with Go, among runes Go has assigned. */
function disagreements(f: (r: number) => boolean, want: Uint8Array, upTo = LIMIT): string[] {
  const bad: string[] = [];
  for (let r = 0; r < upTo; r++) if (assigned[r] && f(r) !== (want[r] === 1)) bad.push(r.toString(16));
  return bad;
}

/**
 * Runes whose properties Unicode changed after 13.0 (the engine is newer):
 * ʕ became lower case, two marks changed class, two ideographic marks changed
 * script, and several properties gained members.
 */
const changedSince13: Record<string, number> = {
  IsLower: 1,
  Ll: 1,
  Lo: 1,
  Mc: 2,
  Mn: 2,
  'Script=Common': 2,
  'Script=Han': 2,
  Diacritic: 57,
  Extender: 3,
  Other_Alphabetic: 38,
  Other_Grapheme_Extend: 24,
  Other_Lowercase: 2,
  STerm: 9,
  Sentence_Terminal: 9,
  Terminal_Punctuation: 8,
};

const call = (name: string) => (r: number) => natives[name].fn!(host, [r]);

describe('unicode', () => {
  for (const name of ['IsLetter', 'IsDigit', 'IsNumber', 'IsSpace', 'IsUpper', 'IsLower', 'IsTitle', 'IsPunct', 'IsSymbol', 'IsMark', 'IsPrint', 'IsGraphic', 'IsControl']) {
    it(`classifies every rune as Go's ${name} does`, () => {
      const f = call(`unicode.${name}`) as (r: number) => boolean;
      const d = disagreements(f, fixture.preds.get(name)!);
      assert.ok(d.length <= (changedSince13[name] ?? 0), d.slice(0, 30).join(' '));
      // Latin-1 must be exact whether or not Go has assigned the rune.
      for (let r = 0; r < 0x100; r++) assert.strictEqual(f(r), fixture.preds.get(name)![r] === 1, `${name}(${r.toString(16)})`);
    });
  }

  for (const name of ['ToUpper', 'ToLower', 'ToTitle', 'SimpleFold']) {
    it(`maps every rune as Go's ${name} does`, () => {
      const want = fixture.maps.get(name)!;
      const f = call(`unicode.${name}`) as (r: number) => number;
      const bad: string[] = [];
      for (let r = 0; r < LIMIT; r++) {
        if (!assigned[r]) continue;
        const got = f(r);
        const exp = want.get(r) ?? r;
        if (got !== exp) bad.push(`${r.toString(16)}: got ${got.toString(16)} want ${exp.toString(16)}`);
      }
      assert.deepStrictEqual(bad.slice(0, 30), []);
    });
  }

  it('has the categories, scripts and properties of Go tables', () => {
    const bad: string[] = [];
    for (const [name, want] of fixture.preds) {
      if (/^(assigned|Is)/.test(name)) continue;
      const d = disagreements((r) => isIn(name, r), want, 0x20000);
      if (d.length > (changedSince13[name] ?? 0)) bad.push(`${name}: ${d.length} (${d.slice(0, 8).join(' ')})`);
    }
    assert.deepStrictEqual(bad, []);
  });
});
