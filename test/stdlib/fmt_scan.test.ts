// fmt's scanner reading from an io.Reader, against real Go
// (fixtures/fmt_scan): fmt.go's fscan loop is replayed here over a plain
// reader and over an io.RuneScanner, rune by rune, calling the scan native
// until it stops asking for more; the results, the operands and how many
// bytes each reader gave up must be Go's.

import * as assert from 'assert';
import * as fs from 'fs';
import { parseFile } from '../../src/syntax/parser';
import { SourceFile } from '../../src/syntax/source';
import { natives } from '../../src/stdlib/natives';
import { quote } from '../../src/stdlib/strconv/quote';
import type { NativeHost } from '../../src/vm/native';
import { decodeRune, getLastWidth } from '../../src/vm/strings';
import { Iface, Ref, Slice } from '../../src/vm/value';
import { fixturePath } from './fixture';
import { GoWorld } from './fmt_gotypes';

const host = { machine: {} } as unknown as NativeHost;
let world: GoWorld;

interface ScanCase {
  fn: 'Fscan' | 'Fscanln' | 'Fscanf';
  input: string;
  format: string;
  kinds: string[];
}

/** The cases of fixtures/fmt_scan/main.go, read from its table. */
function readCases(): ScanCase[] {
  const text = fs.readFileSync(fixturePath('fmt_scan', 'main.go'), 'utf8');
  const table = text.slice(text.indexOf('var cases = []scanCase{'), text.indexOf('\n}\n', text.indexOf('var cases')));
  const out: ScanCase[] = [];
  for (const m of table.matchAll(/\{"(\w+)", ("(?:[^"\\]|\\.)*"), ("(?:[^"\\]|\\.)*"), \[\]string\{([^}]*)\}\}/g)) {
    out.push({
      fn: m[1] as ScanCase['fn'],
      input: Buffer.from(JSON.parse(m[2]) as string, 'utf8').toString('latin1'),
      format: JSON.parse(m[3]) as string,
      kinds: m[4].split(',').map((k) => k.trim().replace(/"/g, '')),
    });
  }
  return out;
}

/** A reader over bytes: plain (Read of one byte) or a RuneScanner. */
class Reader {
  pos = 0;
  private lastSize = 0;
  constructor(readonly s: string) {}
  readByte(): string | null {
    if (this.pos >= this.s.length) return null;
    return this.s[this.pos++];
  }
  readRune(): string | null {
    if (this.pos >= this.s.length) return null;
    decodeRune(this.s, this.pos);
    this.lastSize = getLastWidth();
    const r = this.s.slice(this.pos, this.pos + this.lastSize);
    this.pos += this.lastSize;
    return r;
  }
  unreadRune(): void {
    this.pos -= this.lastSize;
  }
}

const modes = { Fscan: 0, Fscanln: 1, Fscanf: 2 };

function sprintf(format: string, ...a: Iface[]): string {
  return (natives['fmt.sprintf'].fn!(host, [format, new Slice(a, 0, a.length, a.length)]) as [string])[0];
}

/** fmt.go's fscan, over r. */
function fscan(c: ScanCase, r: Reader, runeScanner: boolean): string {
  const types = c.kinds.map((k) => world.get(k === 'rune' ? 'int32' : k));
  const refs = types.map((t) => new Ref([t.zero()], 0));
  const ops = types.map((t, i) => new Iface(world.pointer(t), refs[i]));
  const a = new Slice(ops, 0, ops.length, ops.length);
  let input = '';
  let end = 1;
  for (;;) {
    const [n, kind, text, num, unread] = natives['fmt.scan'].fn!(host, [modes[c.fn], input, end, c.format, a]) as [number, number, string, string, number];
    if (kind !== 6) {
      if (unread > 0 && runeScanner) r.unreadRune();
      const err = ['<nil>', 'EOF', 'unexpected EOF', text, `strconv.${text}: parsing ${quote(num)}: value out of range`, `strconv.${text}: parsing ${quote(num)}: invalid syntax`][kind];
      let s = `${n} ${err}`;
      types.forEach((t, i) => {
        const v = new Iface(t, refs[i].get());
        s += ' ' + sprintf(c.kinds[i] === 'int' ? '%d' : c.kinds[i] === 'string' || c.kinds[i] === 'rune' ? '%q' : '%v', v);
      });
      return s;
    }
    const next = runeScanner ? r.readRune() : r.readByte();
    if (next === null) end = 0;
    else input += next;
  }
}

describe('fmt scanning a reader (fixtures/fmt_scan)', () => {
  before(async () => {
    const r = await parseFile(new SourceFile('e.go', 'package main\n'));
    world = new GoWorld([r.file!]);
  });

  it('reads only as far as Go does, losing the last rune of a plain reader and giving it back to a RuneScanner', () => {
    const cases = readCases();
    const expected = fs.readFileSync(fixturePath('fmt_scan', 'expected.txt'), 'latin1').split('\n').slice(0, -1);
    assert.strictEqual(cases.length, expected.length);
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const br = new Reader(c.input);
      const first = fscan(c, br, false);
      const firstPos = br.pos;
      const second = fscan(c, br, false);
      const sr = new Reader(c.input);
      const rfirst = fscan(c, sr, true);
      const rfirstPos = sr.pos;
      const rsecond = fscan(c, sr, true);
      const got = sprintf('%q|%q', new Iface(world.get('string'), `${first} @${firstPos} | ${second} @${br.pos}`), new Iface(world.get('string'), `${rfirst} @${rfirstPos} | ${rsecond} @${sr.pos}`));
      if (got !== expected[i]) bad.push(`${c.fn} ${JSON.stringify(c.input)}\n   want ${expected[i]}\n   got  ${got}`);
    });
    assert.deepStrictEqual(bad, []);
  });
});
