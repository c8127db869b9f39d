// The scanner's reading state, Go's ss: the input as runes with one rune of
// push-back, the operand width limit, how newlines count, and the small
// helpers every operand scanner uses (accepting runes from a set, skipping
// space, reading a space-delimited token). scan.ts builds on it.

import { decodeRune, encodeRune, getLastWidth } from '../../vm/strings';

export const EOF = -1;
export const HUGE = 1 << 30;

/** How a scan ended, in the terms of fmt.go's scanResult. */
export const enum Fail {
  EOF = 1,
  UnexpectedEOF = 2,
  Text = 3,
  Range = 4,
  Syntax = 5,
  /** The input so far is not enough: read more and scan again. */
  More = 6,
  /** The reader failed: fmt.go returns its error. */
  ReadError = 7,
}

export class ScanFailure {
  constructor(
    readonly kind: Fail,
    readonly text = '',
    readonly num = '',
  ) {}
}

/** What follows the input: nothing, possibly more, or a read error. */
export const enum InputEnd {
  Ends = 0,
  More = 1,
  Failed = 2,
}

/** The input as runes, with one rune of push-back. */
export class Input {
  pos = 0;
  private width = 0;
  constructor(
    readonly s: string,
    private readonly end: InputEnd,
  ) {}

  readRune(): number {
    const s = this.s;
    if (this.pos >= s.length) {
      if (this.end === InputEnd.More) throw new ScanFailure(Fail.More);
      if (this.end === InputEnd.Failed) throw new ScanFailure(Fail.ReadError);
      return EOF;
    }
    const c = s.charCodeAt(this.pos);
    let r = c;
    this.width = 1;
    if (c >= 0x80) {
      // A rune cut short by the end of what was read so far may yet be completed.
      if (this.end === InputEnd.More && !fullRune(s, this.pos)) throw new ScanFailure(Fail.More);
      r = decodeRune(s, this.pos);
      this.width = getLastWidth();
    }
    this.pos += this.width;
    return r;
  }

  unreadRune(): void {
    this.pos -= this.width;
    this.width = 0;
  }
}

/** Whether the bytes at s[i..] hold a whole UTF-8 sequence (or an invalid one). */
function fullRune(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
  if (s.length - i >= need) return true;
  // Fewer bytes than the lead byte asks for: whole only if already invalid.
  for (let k = 1; i + k < s.length; k++) if ((s.charCodeAt(i + k) & 0xc0) !== 0x80) return true;
  return false;
}

const SPACES = [0x09, 0x0d, 0x20, 0x20, 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000];

export function isSpace(r: number): boolean {
  if (r >= 0x10000) return false;
  for (let i = 0; i < SPACES.length; i += 2) {
    if (r < SPACES[i]) return false;
    if (r <= SPACES[i + 1]) return true;
  }
  return false;
}

export const DECIMAL = '0123456789';
export const BINARY = '01';
export const OCTAL = '01234567';
export const HEX = '0123456789aAbBcCdDeEfF';
export const SIGN = '+-';

export const enum ScanMode {
  Space = 0,
  Line = 1,
  Format = 2,
}

export class ScanState {
  protected buf = '';
  protected count = 0;
  private atEOF = false;
  protected argLimit = HUGE;
  protected readonly nlIsSpace: boolean;
  protected readonly nlIsEnd: boolean;

  constructor(
    private readonly src: Input,
    mode: ScanMode,
  ) {
    this.nlIsSpace = mode === ScanMode.Space;
    this.nlIsEnd = mode === ScanMode.Line;
  }

  protected fail(text: string): never {
    throw new ScanFailure(Fail.Text, text);
  }

  getRune(): number {
    if (this.atEOF || this.count >= this.argLimit) return EOF;
    const r = this.src.readRune();
    if (r === EOF) {
      this.atEOF = true;
      return EOF;
    }
    this.count++;
    if (this.nlIsEnd && r === 0x0a) this.atEOF = true;
    return r;
  }

  /** Like getRune, but the end of input is an error. */
  protected mustReadRune(): number {
    const r = this.getRune();
    if (r === EOF) throw new ScanFailure(Fail.UnexpectedEOF);
    return r;
  }

  unreadRune(): void {
    this.src.unreadRune();
    this.atEOF = false;
    this.count--;
  }

  protected notEOF(): void {
    if (this.getRune() === EOF) throw new ScanFailure(Fail.EOF);
    this.unreadRune();
  }

  /** Reads the next rune into buf if it is one of ok. */
  protected accept(ok: string): boolean {
    const r = this.getRune();
    if (r === EOF) return false;
    if (ok.includes(String.fromCharCode(r))) {
      this.buf += encodeRune(r);
      return true;
    }
    this.unreadRune();
    return false;
  }

  protected peek(ok: string): boolean {
    const r = this.getRune();
    if (r !== EOF) this.unreadRune();
    return r !== EOF && ok.includes(String.fromCharCode(r));
  }

  skipSpace(): void {
    for (;;) {
      const r = this.getRune();
      if (r === EOF) return;
      if (r === 0x0d && this.peek('\n')) continue;
      if (r === 0x0a) {
        if (this.nlIsSpace) continue;
        this.fail('unexpected newline');
      }
      if (!isSpace(r)) {
        this.unreadRune();
        return;
      }
    }
  }

  /** The runes up to the next space. */
  protected token(): string {
    this.skipSpace();
    for (;;) {
      const r = this.getRune();
      if (r === EOF) break;
      if (isSpace(r)) {
        this.unreadRune();
        break;
      }
      this.buf += encodeRune(r);
    }
    return this.buf;
  }

  protected okVerb(verb: number, ok: string, what: string): void {
    if (!ok.includes(String.fromCharCode(verb))) this.fail(`bad verb '%${encodeRune(verb)}' for ${what}`);
  }
}
