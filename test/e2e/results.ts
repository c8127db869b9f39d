// The end-to-end run's tally: each check is a named test that passes or fails
// with a reason; the last line printed is `N passed, N failed`.

export class Results {
  readonly passed: string[] = [];
  readonly failed: { name: string; error: string }[] = [];

  constructor(private readonly log: (line: string) => void) {}

  pass(name: string): void {
    this.passed.push(name);
    this.log(`  ✓ ${name}`);
  }

  fail(name: string, err: unknown): void {
    const error = err instanceof Error ? err.message : String(err);
    this.failed.push({ name, error });
    this.log(`  ✗ ${name}\n      ${error.split('\n').join('\n      ')}`);
  }

  /** Runs one check; returns its value, or undefined when it failed. */
  async check<T>(name: string, body: () => T | Promise<T>): Promise<T | undefined> {
    try {
      const v = await body();
      this.pass(name);
      return v;
    } catch (err) {
      this.fail(name, err);
      return undefined;
    }
  }

  print(): void {
    if (this.failed.length) {
      console.log('\nfailed:');
      for (const f of this.failed) console.log(`  ${f.name}: ${f.error.split('\n')[0]}`);
    }
    console.log(`\n${this.passed.length} passed, ${this.failed.length} failed`);
  }
}
