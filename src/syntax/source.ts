// A Go source file and the mapping from offsets to the positions Go reports.
//
// Go's tools count columns in bytes of UTF-8 and lines from 1; the parser hands
// us UTF-16 offsets. `position` converts, so `x.go:12:2` reads as `go build` would.

export interface Position {
  line: number;
  /** 1-based, in bytes of UTF-8 as the gc toolchain counts. */
  col: number;
}

export class SourceFile {
  /** UTF-16 offset where each line starts. */
  private readonly lineStarts: number[] = [0];

  constructor(
    /** The name errors and tracebacks show (as given on the command line). */
    readonly name: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): Position {
    const line = this.line(offset);
    const start = this.lineStarts[line - 1];
    let col = 1;
    for (let i = start; i < offset && i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) col += 1;
      else if (c < 0x800) col += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        col += 4;
        i++;
      } else col += 3;
    }
    return { line, col };
  }

  /** `name:line:col`, the prefix of every Go diagnostic. */
  format(offset: number): string {
    const p = this.position(offset);
    return `${this.name}:${p.line}:${p.col}`;
  }

  /** The UTF-16 offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length) - 1)];
  }

  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return this.text.slice(start, end);
  }
}

/** An error found in a Go source file, reported the way the gc toolchain reports it. */
export class GoError {
  constructor(
    readonly file: SourceFile,
    readonly pos: number,
    readonly msg: string,
    /** Extra lines Go prints under the message (e.g. `have (number)` / `want (int)`), tab-indented. */
    readonly detail: string[] = [],
  ) {}

  get position(): Position {
    return this.file.position(this.pos);
  }

  toString(): string {
    const head = `${this.file.format(this.pos)}: ${this.msg}`;
    return this.detail.length ? [head, ...this.detail.map((d) => '\t' + d)].join('\n') : head;
  }
}

/**
 * A construct that is valid Go but that gosim does not run (cgo, unsafe, a
 * package it does not simulate): one message naming it, in gosim's own voice,
 * `gosim: lesson.go:3:8: unsupported: package "unsafe"`.
 */
export class Unsupported extends GoError {
  constructor(file: SourceFile, pos: number, what: string) {
    super(file, pos, `unsupported: ${what}`);
  }

  override toString(): string {
    return `gosim: ${super.toString()}`;
  }
}

/**
 * The go command's error about the package as a whole, printed without a
 * position: `package command-line-arguments is not a main package`.
 */
export class PackageError extends GoError {
  constructor(file: SourceFile, msg: string) {
    super(file, 0, msg);
  }

  override toString(): string {
    return this.msg;
  }
}

/**
 * Prints errors as `go build` does. The gc compiler counts errors as they are
 * reported (at most one syntax error per line, and a message repeated on its
 * line counts once); at the tenth it prints what it has, sorted by position,
 * then `too many errors` at the tenth's position, and stops. So `errors` must
 * be in the order the checker found them, which is the order Go finds them.
 */
export function formatErrors(errors: GoError[]): string {
  const kept: GoError[] = [];
  let last: { syntaxLine: number; otherLine: number; msg: string } = { syntaxLine: -1, otherLine: -1, msg: '' };
  let limit: GoError | null = null;
  for (const e of errors) {
    const line = e.position.line;
    if (e.msg.startsWith('syntax error')) {
      if (line === last.syntaxLine) continue;
      last = { ...last, syntaxLine: line };
    } else {
      if (line === last.otherLine && e.msg === last.msg) continue;
      last = { ...last, otherLine: line, msg: e.msg };
    }
    kept.push(e);
    if (kept.length === 10) {
      limit = e;
      break;
    }
  }
  // Stable: errors at one position keep the order they were found in.
  const lines = kept
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.pos - b.e.pos || a.i - b.i)
    .map(({ e }) => e.toString())
    .filter((text, i, all) => i === 0 || text !== all[i - 1]);
  if (limit) lines.push(`${limit.file.format(limit.pos)}: too many errors`);
  return lines.join('\n');
}
