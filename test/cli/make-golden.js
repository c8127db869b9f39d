// Writes NAME.gostderr for each compile-error program in testdata/ (those whose
// name starts with `bad_`): the errors real `go build` prints, without the
// `# command-line-arguments` header and the `./` before the file name.
// Run with Go installed: node test/cli/make-golden.js
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'testdata');
for (const f of fs.readdirSync(dir).filter((f) => f.startsWith('bad_') && f.endsWith('.go'))) {
  const r = spawnSync('go', ['build', '-o', path.join(require('os').tmpdir(), 'gosim-make-golden.bin'), f], { cwd: dir, encoding: 'utf8' });
  if (r.status === 0) throw new Error(`${f} compiles`);
  const text = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.replace(/^\.\//, ''))
    .join('\n');
  fs.writeFileSync(path.join(dir, f.replace(/\.go$/, '.gostderr')), text);
  console.log(f, JSON.stringify(text));
}
