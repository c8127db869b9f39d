'use strict';
// Regenerates the golden outputs of test/programs from a real Go toolchain.
//
//   node test/programs/golden.js [--runs N] [--jobs J] [--timeout MS] [NAME...]
//
// For every program (all NAME.go here, or the given names), the source is built
// once (NAME.twin.go instead of NAME.go when a twin exists: the twin is the
// Go 1.19 spelling of a program written for a newer Go), then the binary is run
// N times (default 20) with GOMAXPROCS=1 and N times with GOMAXPROCS=4, with
// NAME.stdin (if there is one) as its standard input.
// A program is kept only if every run agrees (stdout, normalised stderr, exit
// code) within each setting; "_p1" programs are only run with GOMAXPROCS=1.
// Files written: NAME.out, or NAME.gomaxprocs1.out + NAME.gomaxprocs4.out when
// the settings differ (only NAME.gomaxprocs1.out for _p1), NAME.stderr and
// NAME.stderr.norm when stderr is non-empty, NAME.exitcode when it is not 0.
// Stale golden files are deleted. Unstable programs are reported, their files
// left untouched, and the script exits non-zero.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');
const { normalizeStderr } = require('./normalize.js');

const DIR = __dirname;
const GOLDEN_EXTS = ['.out', '.gomaxprocs1.out', '.gomaxprocs4.out', '.stderr', '.stderr.norm', '.exitcode'];

function parseArgs(argv) {
  const opts = { runs: 20, jobs: Math.max(2, os.cpus().length * 2), timeout: 20000, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--jobs') opts.jobs = Number(argv[++i]);
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error('unknown option ' + a);
    else opts.names.push(path.basename(a).replace(/\.go$/, '').replace(/\.twin$/, ''));
  }
  if (opts.names.length === 0) {
    opts.names = fs.readdirSync(DIR)
      .filter((f) => f.endsWith('.go') && !f.endsWith('.twin.go'))
      .map((f) => f.slice(0, -3))
      .sort();
  }
  return opts;
}

// Go version requested by a "// gosim-flags: --go-version X" directive, or null.
function goVersionOf(src) {
  const lines = src.split('\n').slice(0, 2);
  for (const l of lines) {
    const m = /^\/\/ gosim-flags:(.*)$/.exec(l);
    if (m) {
      const v = /--go-version[ =](\S+)/.exec(m[1]);
      if (v) return v[1];
    }
  }
  return null;
}

function newerThan119(v) {
  const [maj, min] = v.split('.').map(Number);
  return maj > 1 || min > 19;
}

function runOnce(bin, cwd, procs, timeout, stdin) {
  return new Promise((resolve) => {
    const env = { ...process.env, GOMAXPROCS: String(procs) };
    delete env.GOTRACEBACK;
    delete env.GODEBUG;
    const child = spawn(bin, [], { cwd, env, stdio: [stdin === null ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (stdin !== null) child.stdin.end(stdin);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        signal: timedOut ? 'timeout' : signal,
      });
    });
  });
}

// Simple promise pool.
function pool(limit) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= limit || queue.length === 0) return;
    active++;
    const { fn, resolve, reject } = queue.shift();
    fn().then(resolve, reject).finally(() => { active--; next(); });
  };
  return (fn) => new Promise((resolve, reject) => { queue.push({ fn, resolve, reject }); next(); });
}

function describeRun(r) {
  return `exit=${r.code}${r.signal ? ' signal=' + r.signal : ''} stdout=${JSON.stringify(r.stdout.slice(0, 200))} stderr=${JSON.stringify(normalizeStderr(r.stderr).slice(0, 300))}`;
}

async function processProgram(name, opts, runPool, buildPool, tmpRoot) {
  const srcPath = path.join(DIR, name + '.go');
  if (!fs.existsSync(srcPath)) return { name, problem: 'no such program' };
  const src = fs.readFileSync(srcPath, 'utf8');
  if (!/^\/\/ lesson: /.test(src)) return { name, problem: 'first line is not "// lesson: ..."' };
  const twinPath = path.join(DIR, name + '.twin.go');
  const hasTwin = fs.existsSync(twinPath);
  const ver = goVersionOf(src);
  if (ver && newerThan119(ver) && !hasTwin) return { name, problem: `needs Go ${ver} but has no twin` };
  const buildSrc = hasTwin ? twinPath : srcPath;

  // A fixed build directory per program keeps the paths in raw stderr reproducible.
  const work = path.join(tmpRoot, name);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.copyFileSync(buildSrc, path.join(work, name + '.go'));
  const bin = path.join(work, name);
  try {
    await buildPool(() => new Promise((resolve, reject) => {
      const child = spawn('go', ['build', '-o', bin, name + '.go'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
      const err = [];
      child.stderr.on('data', (d) => err.push(d));
      child.stdout.on('data', (d) => err.push(d));
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(Buffer.concat(err).toString()))));
    }));
  } catch (e) {
    return { name, problem: 'build failed:\n' + e.message };
  }

  const stdinPath = path.join(DIR, name + '.stdin');
  const stdin = fs.existsSync(stdinPath) ? fs.readFileSync(stdinPath) : null;
  const p1 = name.endsWith('_p1');
  const settings = p1 ? [1] : [1, 4];
  const results = {};
  for (const procs of settings) {
    const runs = [];
    for (let i = 0; i < opts.runs; i++) runs.push(runPool(() => runOnce(bin, work, procs, opts.timeout, stdin)));
    results[procs] = await Promise.all(runs);
  }
  fs.rmSync(work, { recursive: true, force: true });

  // Stability within each setting.
  const summary = {};
  for (const procs of settings) {
    const rs = results[procs];
    const first = rs[0];
    if (first.signal) return { name, problem: `GOMAXPROCS=${procs}: ${describeRun(first)}` };
    const norm = normalizeStderr(first.stderr);
    for (const r of rs.slice(1)) {
      if (r.signal || r.stdout !== first.stdout || normalizeStderr(r.stderr) !== norm || r.code !== first.code) {
        return { name, problem: `unstable under GOMAXPROCS=${procs}:\n  ${describeRun(first)}\n  ${describeRun(r)}` };
      }
    }
    summary[procs] = { stdout: first.stdout, stderr: first.stderr, norm, code: first.code };
  }
  const a = summary[1];
  const b = p1 ? a : summary[4];
  if (a.norm !== b.norm || a.code !== b.code) {
    return { name, problem: `stderr/exit code differ between GOMAXPROCS=1 and 4 (make it a _p1 program?):\n  1: exit=${a.code} ${JSON.stringify(a.norm)}\n  4: exit=${b.code} ${JSON.stringify(b.norm)}` };
  }

  const files = {};
  if (p1) files['.gomaxprocs1.out'] = a.stdout;
  else if (a.stdout === b.stdout) files['.out'] = a.stdout;
  else {
    files['.gomaxprocs1.out'] = a.stdout;
    files['.gomaxprocs4.out'] = b.stdout;
  }
  if (a.stderr !== '') {
    files['.stderr'] = a.stderr;
    files['.stderr.norm'] = a.norm;
  }
  if (a.code !== 0) files['.exitcode'] = a.code + '\n';
  for (const ext of GOLDEN_EXTS) {
    const f = path.join(DIR, name + ext);
    if (ext in files) fs.writeFileSync(f, files[ext]);
    else if (fs.existsSync(f)) fs.unlinkSync(f);
  }
  return { name, written: Object.keys(files) };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  execFileSync('go', ['version'], { stdio: 'inherit' });
  const tmpRoot = path.join(os.tmpdir(), 'gosim-golden');
  fs.mkdirSync(tmpRoot, { recursive: true });
  const runPool = pool(opts.jobs);
  const buildPool = pool(Math.max(1, os.cpus().length));
  const programPool = pool(Math.max(2, opts.jobs));
  let done = 0;
  const results = await Promise.all(opts.names.map((name) => programPool(async () => {
    const r = await processProgram(name, opts, runPool, buildPool, tmpRoot);
    done++;
    const status = r.problem ? 'UNSTABLE/FAILED' : 'ok ' + r.written.join(' ');
    process.stdout.write(`[${done}/${opts.names.length}] ${name}: ${status}\n`);
    return r;
  })));
  const bad = results.filter((r) => r.problem);
  console.log(`\n${results.length - bad.length} programs ok, ${bad.length} unstable or failed`);
  for (const r of bad) console.log(`\n${r.name}: ${r.problem}`);
  process.exit(bad.length ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
