// The quick fix for `undefined: fmt`: which standard package a name means, and
// where its import goes in the file — into the import block, in order, or as
// a new import declaration after the package clause. Plain text in, an
// insertion out: no `vscode` here, so it is tested under mocha.

/** Packages of the standard library gosim simulates, by the name a program uses them under. */
const packages: Record<string, string> = {
  bufio: 'bufio',
  bytes: 'bytes',
  cmp: 'cmp',
  context: 'context',
  errors: 'errors',
  fmt: 'fmt',
  io: 'io',
  maps: 'maps',
  math: 'math',
  bits: 'math/bits',
  rand: 'math/rand',
  os: 'os',
  runtime: 'runtime',
  slices: 'slices',
  sort: 'sort',
  strconv: 'strconv',
  strings: 'strings',
  sync: 'sync',
  atomic: 'sync/atomic',
  time: 'time',
  unicode: 'unicode',
  utf8: 'unicode/utf8',
};

/** The import path a Go compile error `undefined: NAME` asks for, if NAME is a package gosim has. */
export function missingPackage(message: string): string | null {
  const m = /^undefined: (\w+)$/.exec(message.trim());
  return m ? packages[m[1]] ?? null : null;
}

/** Replace lines [start, end) (0-based; start == end inserts) with text. */
export interface LineEdit {
  start: number;
  end: number;
  text: string;
}

/** The edit that adds `import "path"` to a Go file. */
export function importEdit(source: string, path: string): LineEdit {
  const lines = source.split('\n');
  const quoted = `"${path}"`;
  const block = lines.findIndex((l) => /^import\s*\($/.test(l.trim()));
  if (block >= 0) {
    // In the block, before the first import that sorts after it (gofmt's order within a group).
    let i = block + 1;
    for (; i < lines.length && lines[i].trim() !== ')'; i++) {
      const m = /^\s*(?:\w+\s+)?"([^"]+)"/.exec(lines[i]);
      if (m && m[1] > path) break;
    }
    return { start: i, end: i, text: `\t${quoted}\n` };
  }
  const single = lines.findIndex((l) => /^import\s+(\w+\s+)?"[^"]+"/.test(l));
  if (single >= 0) {
    // One import already: a block holding both.
    const existing = lines[single].replace(/^import\s+/, '').trim();
    const pathOf = (spec: string) => spec.replace(/^\w+\s+/, '');
    const both = [existing, quoted].sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1));
    return { start: single, end: single + 1, text: `import (\n${both.map((x) => `\t${x}`).join('\n')}\n)\n` };
  }
  const pkg = lines.findIndex((l) => /^package\s+\w+/.test(l));
  return { start: pkg + 1, end: pkg + 1, text: `\nimport ${quoted}\n` };
}
