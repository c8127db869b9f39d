// Sprintf over random combinations of verb, flags, width, precision and
// value of every basic type, against real Go (fixtures/fmt_matrix): the flag
// interactions a hand-written case list would miss.

import * as assert from 'assert';
import * as fs from 'fs';
import { parseFile } from '../../src/syntax/parser';
import { SourceFile } from '../../src/syntax/source';
import { natives } from '../../src/stdlib/natives';
import type { NativeHost } from '../../src/vm/native';
import type { RType } from '../../src/vm/rtype';
import { fromString } from '../../src/vm/int64';
import { Complex, Iface, Slice } from '../../src/vm/value';
import { fixturePath } from './fixture';
import { GoWorld } from './fmt_gotypes';

const host = { machine: {} } as unknown as NativeHost;

function unhex(h: string): string {
  let s = '';
  for (let i = 0; i < h.length; i += 2) s += String.fromCharCode(parseInt(h.slice(i, i + 2), 16));
  return s;
}

const view = new DataView(new ArrayBuffer(8));
function f64(bits: string): number {
  view.setBigUint64(0, BigInt('0x' + bits));
  return view.getFloat64(0);
}

/** The VM value of a fixture value of the named type. */
function valueOf(world: GoWorld, type: string, text: string): Iface {
  const t: RType = type === '[]uint8' ? world.slice(world.get('uint8')) : world.get(type);
  switch (type) {
    case 'float64':
      return new Iface(t, f64(text));
    case 'float32':
      view.setUint32(0, parseInt(text, 16));
      return new Iface(t, view.getFloat32(0));
    case 'string':
      return new Iface(t, unhex(text));
    case '[]uint8': {
      const b = [...unhex(text)].map((c) => c.charCodeAt(0));
      return new Iface(t, new Slice(b, 0, b.length, b.length));
    }
    case 'complex128': {
      const [re, im] = text.split(',');
      return new Iface(t, new Complex(f64(re), f64(im)));
    }
    case 'bool':
      return new Iface(t, text === 'true');
  }
  return new Iface(t, fromString(text));
}

describe('fmt flag matrix against real Go (fixtures/fmt_matrix)', () => {
  it('formats 6000 random verb, flag, width, precision and value combinations as Go does', async () => {
    const r = await parseFile(new SourceFile('e.go', 'package main\n'));
    const world = new GoWorld([r.file!]);
    const lines = fs.readFileSync(fixturePath('fmt_matrix', 'expected.txt'), 'latin1').split('\n').filter((l) => l !== '');
    const bad: string[] = [];
    for (const line of lines) {
      const [lhs, want] = line.split('=>');
      const [format, type, text] = lhs.split('|');
      const arg = valueOf(world, type, text);
      const [got] = natives['fmt.sprintf'].fn!(host, [unhex(format), new Slice([arg], 0, 1, 1)]) as [string];
      if (got !== unhex(want)) bad.push(`Sprintf(${JSON.stringify(unhex(format))}, ${type}(${text})): want ${JSON.stringify(unhex(want))}, got ${JSON.stringify(got)}`);
    }
    assert.ok(lines.length >= 6000);
    assert.deepStrictEqual(bad.slice(0, 30), []);
  });
});
