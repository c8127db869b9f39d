'use strict';
// Verifies the negative type-check corpus against a real Go toolchain.
//
//   node test/check/verify.js [NAME...]
//
// Every test/check/NAME.go must fail `go build`. Its expected errors are
// written as comments /* ERROR "regexp" */ placed right after the token at
// which Go reports the error: the reported line:col must be the start of the
// token just before the comment, and the regexp must match the message (the
// text after "file:line:col: "; indented continuation lines belong to the
// previous message, joined with "\n"). Markers and reported errors must match
// one to one. Prints a summary and exits non-zero on any mismatch.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const DIR = __dirname;

// Three-character, two-character and one-character Go operators, longest first.
const OPERATORS = [
  '<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '&^',
  '+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=', '!', '(', ')', '[', ']', '{', '}',
  ',', ';', '.', ':', '~',
];

// Decodes a Go interpreted string literal (the escapes a regexp needs).
function unquoteGo(lit) {
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    const simple = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };
    if (e in simple) out += simple[e];
    else if (e === 'x') {
      out += String.fromCharCode(parseInt(body.substr(i + 1, 2), 16));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(body.substr(i + 1, n), 16));
      i += n;
    } else throw new Error(`invalid escape \\${e} in ${lit} (use \\\\ or a backquoted regexp)`);
  }
  return out;
}

// Tokenises Go source well enough to know where each token starts.
// Returns { tokens: [{line, col, text}], markers: [{line, col, regexp, after}] }
// where a marker's "after" is the token preceding it.
function scan(src) {
  const tokens = [];
  const markers = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const colOf = (pos) => Buffer.byteLength(src.slice(lineStart, pos), 'utf8') + 1;
  const push = (start, end, l, c) => tokens.push({ line: l, col: c, text: src.slice(start, end) });
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    const l = line;
    const c = colOf(i);
    if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      const body = src.slice(i + 2, stop - 2);
      const m = /^\s*ERROR\s+("(?:[^"\\]|\\.)*"|`[^`]*`)\s*$/.exec(body);
      if (m) {
        const lit = m[1];
        let re = null;
        let bad = null;
        try {
          re = lit[0] === '`' ? lit.slice(1, -1) : unquoteGo(lit);
        } catch (e) {
          bad = e.message;
        }
        markers.push({ line: l, col: c, regexp: re, bad, after: tokens[tokens.length - 1] || null });
      }
      for (let k = i; k < stop; k++) {
        if (src[k] === '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      i = stop;
      continue;
    }
    const start = i;
    if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      while (i < src.length && /[A-Za-z0-9_\u0080-\uffff]/.test(src[i])) i++;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(src[i + 1] || ''))) {
      const hex = /^0[xX]/.test(src.slice(i, i + 2));
      i++;
      while (i < src.length) {
        const d = src[i];
        const exp = hex ? /[pP]/.test(d) : /[eE]/.test(d);
        if (exp && /[+-]/.test(src[i + 1] || '')) i += 2;
        else if (/[0-9A-Za-z_.]/.test(d)) i++;
        else break;
      }
    } else if (ch === '"' || ch === "'") {
      i++;
      while (i < src.length && src[i] !== ch && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      if (src[i] === ch) i++;
    } else if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      const stop = end < 0 ? src.length : end + 1;
      push(start, stop, l, c);
      for (let k = i; k < stop; k++) {
        if (src[k] === '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      i = stop;
      continue;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      i += op ? op.length : 1;
    }
    push(start, i, l, c);
  }
  return { tokens, markers };
}

// Parses `go build` output into [{line, col, msg}] for the given file name.
function parseErrors(output, file) {
  const errors = [];
  const head = new RegExp('^(?:\\./)?' + file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ':(\\d+):(\\d+): (.*)$');
  const other = [];
  for (const raw of output.split('\n')) {
    if (raw === '' || raw.startsWith('# ')) continue;
    const m = head.exec(raw);
    if (m) {
      errors.push({ line: Number(m[1]), col: Number(m[2]), msg: m[3] });
    } else if (/^\s/.test(raw) && errors.length > 0) {
      errors[errors.length - 1].msg += '\n' + raw.replace(/^\s+/, '');
    } else {
      other.push(raw);
    }
  }
  return { errors, other };
}

function checkFile(name, workRoot) {
  const file = name + '.go';
  const src = fs.readFileSync(path.join(DIR, file), 'utf8');
  const { markers } = scan(src);
  const problems = [];
  if (markers.length === 0) problems.push('no ERROR markers');
  const work = fs.mkdtempSync(path.join(workRoot, name + '-'));
  fs.writeFileSync(path.join(work, file), src);
  const res = spawnSync('go', ['build', '-o', os.devNull, file], { cwd: work, encoding: 'utf8', env: { ...process.env, GOFLAGS: '' } });
  fs.rmSync(work, { recursive: true, force: true });
  if (res.status === 0) {
    problems.push('go build succeeded');
    return problems;
  }
  const { errors, other } = parseErrors((res.stdout || '') + (res.stderr || ''), file);
  for (const o of other) problems.push('unparsed output: ' + o);
  const used = new Set();
  for (const mk of markers) {
    if (!mk.after) {
      problems.push(`${mk.line}:${mk.col}: marker without a preceding token`);
      continue;
    }
    if (mk.bad) {
      problems.push(`${mk.line}:${mk.col}: ${mk.bad}`);
      continue;
    }
    let re;
    try {
      re = new RegExp(mk.regexp);
    } catch (e) {
      problems.push(`${mk.line}:${mk.col}: bad regexp ${JSON.stringify(mk.regexp)}: ${e.message}`);
      continue;
    }
    const at = errors.map((e, idx) => ({ e, idx })).filter(({ e, idx }) => !used.has(idx) && e.line === mk.after.line && e.col === mk.after.col);
    const hit = at.find(({ e }) => re.test(e.msg));
    if (hit) {
      used.add(hit.idx);
    } else if (at.length > 0) {
      problems.push(`${mk.after.line}:${mk.after.col}: message ${JSON.stringify(at[0].e.msg)} does not match ${JSON.stringify(mk.regexp)}`);
    } else {
      problems.push(`${mk.after.line}:${mk.after.col}: expected error matching ${JSON.stringify(mk.regexp)} after ${JSON.stringify(mk.after.text)}, none reported there`);
    }
  }
  errors.forEach((e, idx) => {
    if (!used.has(idx)) problems.push(`${e.line}:${e.col}: unexpected error: ${e.msg}`);
  });
  return problems;
}

function main() {
  let names = process.argv.slice(2).map((a) => path.basename(a).replace(/\.go$/, ''));
  if (names.length === 0) {
    names = fs.readdirSync(DIR).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3)).sort();
  }
  const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gosim-check-'));
  let failed = 0;
  let markerCount = 0;
  for (const name of names) {
    const problems = checkFile(name, workRoot);
    markerCount += scan(fs.readFileSync(path.join(DIR, name + '.go'), 'utf8')).markers.length;
    if (problems.length > 0) {
      failed++;
      console.log(`FAIL ${name}`);
      for (const p of problems) console.log('  ' + p);
    }
  }
  fs.rmSync(workRoot, { recursive: true, force: true });
  console.log(`${names.length - failed}/${names.length} check cases agree with go build (${markerCount} expected errors)`);
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main();

module.exports = { scan, parseErrors };
