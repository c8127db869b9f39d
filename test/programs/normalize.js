'use strict';
// Normalisation of Go crash reports (stderr) so that goldens from a real
// toolchain can be compared with the gosim engine's output:
//   1. drop every " +0x<hex>" pc offset;
//   2. reduce absolute paths to the file's base name;
//   3. replace a frame line's (non-empty) argument list with "(...)";
//      lines starting with the prefixes in EXEMPT are left alone;
//   4. "goroutine N [state]:" lines are kept as they are.

const EXEMPT = [
  'panic: ',
  'fatal error: ',
  'goroutine ',
  'created by ',
  '[signal ',
  'runtime stack:',
  'exit status',
  'error: ',
];

function isExempt(line) {
  const t = line.replace(/^\s+/, '');
  return EXEMPT.some((p) => t.startsWith(p));
}

// Returns the index of the '(' matching the final ')' of the line, or -1.
function openingParen(line) {
  let depth = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line[i];
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function normalizeLine(line) {
  // 1. pc offsets
  line = line.replace(/ \+0x[0-9a-fA-F]+/g, '');
  // 2. absolute paths -> base names
  line = line.replace(/(^|[\s(=])\/(?:[^\s/:]+\/)*([^\s/:]+)/g, '$1$2');
  // 3. frame argument lists
  if (!isExempt(line) && /^\S.*\)$/.test(line)) {
    const open = openingParen(line);
    if (open > 0 && open < line.length - 2) {
      line = line.slice(0, open) + '(...)';
    }
  }
  return line;
}

function normalizeStderr(text) {
  return String(text).split('\n').map(normalizeLine).join('\n');
}

module.exports = { normalizeStderr };

if (require.main === module) {
  // node normalize.js FILE...  -> prints the normalised text of each file
  const fs = require('fs');
  const files = process.argv.slice(2);
  if (files.length === 0) {
    process.stdout.write(normalizeStderr(fs.readFileSync(0, 'utf8')));
  } else {
    for (const f of files) process.stdout.write(normalizeStderr(fs.readFileSync(f, 'utf8')));
  }
}
