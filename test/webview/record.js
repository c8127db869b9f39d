#!/usr/bin/env node
// Records the Scheduler panel's fixtures from real engine runs of the lessons
// (fixtureSpecs.ts, recorder.ts) and writes each as JSON — the gosim/snapshot
// event bodies the adapter would send, stop by stop — to
// test-artifacts/webview/fixtures/NAME.json. The tests record the same runs
// themselves; this is for looking at them, or feeding them to a panel by hand.
//
//   node test/webview/record.js              all of them
//   node test/webview/record.js getcharsP1   some of them (keys of fixtureSpecs.ts)

const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const out = path.join(root, 'out', 'webview-record', 'record.js');
esbuild.buildSync({
  stdin: {
    resolveDir: __dirname,
    loader: 'ts',
    contents: `
      import * as fs from 'fs';
      import * as path from 'path';
      import { specs } from './fixtureSpecs';
      import { record } from './recorder';
      export async function main(names: string[], dir: string) {
        fs.mkdirSync(dir, { recursive: true });
        for (const key of names.length ? names : Object.keys(specs)) {
          const spec = (specs as Record<string, typeof specs.getcharsP1>)[key];
          if (!spec) throw new Error('no fixture named ' + key + ' (have: ' + Object.keys(specs).join(', ') + ')');
          const r = await record(spec);
          const file = path.join(dir, r.name + '.json');
          fs.writeFileSync(file, JSON.stringify(r, null, 1));
          const last = r.frames[r.frames.length - 1];
          console.log(file + ': ' + r.frames.length + ' stops, ' + last.snapshot.goroutines.length + ' goroutines at the last, ' + r.frames.reduce((n, f) => n + f.events.length, 0) + ' events');
        }
      }`,
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  loader: { '.go': 'text' },
  outfile: out,
  logLevel: 'warning',
});
require(out)
  .main(process.argv.slice(2), path.join(root, 'test-artifacts', 'webview', 'fixtures'))
  .catch((e) => {
    console.error(e.stack || String(e));
    process.exit(1);
  });
