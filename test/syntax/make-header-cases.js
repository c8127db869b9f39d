// Records what the go command says of each file header in header-cases.json:
// for every case's `src`, `goList` becomes the error `go list` reports for it
// ("line:col: message", the file's name dropped), or "" if it has none. The
// sources are lesson programs with random edits in their package clause and
// imports, cut after their first function's line.
// Run with Go installed: node test/syntax/make-header-cases.js
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(__dirname, 'header-cases.json');
const cases = JSON.parse(fs.readFileSync(file, 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gosim-header-'));
for (const c of cases) {
  fs.writeFileSync(path.join(dir, 'x.go'), c.src);
  const r = spawnSync('go', ['list', '-e', '-f', '{{if .Error}}{{.Error}}{{end}}', 'x.go'], { cwd: dir, encoding: 'utf8' });
  const err = r.stdout.trim();
  const m = /^x\.go:(\d+:\d+: .*)$/.exec(err);
  if (err && !m) throw new Error(`not a header error: ${err}`);
  c.goList = m ? m[1] : '';
}
fs.rmSync(dir, { recursive: true });
fs.writeFileSync(file, JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} cases, ${cases.filter((c) => c.goList).length} with an error`);
