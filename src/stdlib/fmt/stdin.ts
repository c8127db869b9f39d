// The program's standard input, as fmt.Scan, Scanln and Scanf read it.
//
// The runtime (or a test) provides input by calling `stdinOf(machine).feed(bytes)`
// with a byte string (one char per byte), and `close()` once no more will
// come; machine is the NativeHost.machine natives see. Reading never blocks:
// a scan that runs out of fed input sees end of file, as a program whose
// input was redirected from a file would. Other readers of os.Stdin can
// share the same buffer through `read`.

import { decodeRune, getLastWidth } from '../../vm/strings';

export class InputBuffer {
  private data = '';
  private pos = 0;
  private closed = false;

  /** Appends bytes to the input. */
  feed(bytes: string): void {
    if (this.closed) return;
    this.data = this.data.slice(this.pos) + bytes;
    this.pos = 0;
  }

  /** Marks the end of the input. */
  close(): void {
    this.closed = true;
  }

  get ended(): boolean {
    return this.closed && this.pos >= this.data.length;
  }

  /** Up to n bytes, or '' at the end of what was fed. */
  read(n: number): string {
    const s = this.data.slice(this.pos, this.pos + n);
    this.pos += s.length;
    return s;
  }

  /** The next rune and consumes its bytes; -1 at the end. Invalid UTF-8 reads as U+FFFD, one byte. */
  readRune(): number {
    if (this.pos >= this.data.length) return -1;
    const c = this.data.charCodeAt(this.pos);
    if (c < 0x80) {
      this.pos++;
      return c;
    }
    const r = decodeRune(this.data, this.pos);
    this.pos += getLastWidth();
    return r;
  }
}

const inputs = new WeakMap<object, InputBuffer>();
const noMachine = {};

/** The standard input of the program running on machine. */
export function stdinOf(machine: unknown): InputBuffer {
  const key = typeof machine === 'object' && machine !== null ? machine : noMachine;
  let b = inputs.get(key);
  if (b === undefined) inputs.set(key, (b = new InputBuffer()));
  return b;
}
