// Writes NAME.gostderr and NAME.goexit for each program in testdata/ that real
// Go refuses to run: `bad_` ones the compiler rejects (exit 2), `gocmd_` ones
// the go command rejects before compiling (exit 1). The golden stderr is what
// `go run` prints, without the `# command-line-arguments` header and the `./`
// before the file name, and with the toolchain's GOROOT written as
// /usr/local/go (where Go's own installer puts it, and gosim says it is).
// Run with Go installed: node test/cli/make-golden.js
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'testdata');
const goroot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();
for (const f of fs.readdirSync(dir).filter((f) => /^(bad|gocmd)_.*\.go$/.test(f))) {
  const r = spawnSync('go', ['run', f], { cwd: dir, encoding: 'utf8' });
  if (r.status === 0) throw new Error(`${f} runs`);
  const text = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.replace(/^\.\//, '').split(`(${goroot}/src/`).join('(/usr/local/go/src/'))
    .join('\n');
  fs.writeFileSync(path.join(dir, f.replace(/\.go$/, '.gostderr')), text);
  fs.writeFileSync(path.join(dir, f.replace(/\.go$/, '.goexit')), `${r.status}\n`);
  console.log(f, r.status, JSON.stringify(text));
}
