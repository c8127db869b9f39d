// The program's output on its way to the Debug Console. The machine writes
// bytes (one char per byte); a UTF-8 character can be split across two
// writes, so each stream keeps its own streaming decoder. Writes are gathered
// and sent once per slice of running (a loop printing a million lines must
// not become a million DAP events), in order across stdout and stderr.

export type OutputCategory = 'stdout' | 'stderr';

export class ProgramOutput {
  private readonly decoders = { stdout: new TextDecoder('utf-8'), stderr: new TextDecoder('utf-8') };
  private pending: { category: OutputCategory; text: string }[] = [];

  constructor(private readonly send: (category: OutputCategory, text: string) => void) {}

  /** A write of the program to fd 1 or 2. */
  write(fd: number, bytes: string): void {
    const category: OutputCategory = fd === 2 ? 'stderr' : 'stdout';
    const text = this.decoders[category].decode(Buffer.from(bytes, 'latin1'), { stream: true });
    if (!text) return;
    const last = this.pending[this.pending.length - 1];
    if (last && last.category === category) last.text += text;
    else this.pending.push({ category, text });
  }

  /** Sends what was written since the last flush. */
  flush(): void {
    const out = this.pending;
    this.pending = [];
    for (const o of out) this.send(o.category, o.text);
  }

  /** At exit: what an incomplete character left in a decoder comes out as U+FFFD, as a terminal would show it. */
  end(): void {
    for (const category of ['stdout', 'stderr'] as const) {
      const rest = this.decoders[category].decode();
      if (rest) this.pending.push({ category, text: rest });
    }
    this.flush();
  }
}
