// Launching: what the program sees of the launch attributes, its output on
// the right streams exactly as Go writes it, realtime pacing, running without
// debugging — and bad input (no such file, not Go, compile errors) ending the
// session with a clear message instead of hanging.

import * as assert from 'assert';
import * as fs from 'fs';
import { Session, expected, fixture, lineOf } from './support/session';

describe('DAP: launch', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('passes args, GOMAXPROCS and stdin to the program', async () => {
    await s.launch({ program: fixture('attrs.go'), gomaxprocs: 2, args: ['one', 'two words'], stdin: 'first line\nsecond\n', seed: 7, preemption: 'cooperative' });
    await s.terminatedEvent();
    assert.strictEqual(s.text('stdout'), expected('attrs').stdout);
    assert.strictEqual(s.exitCode, 0);
  });

  it('sends stdout and stderr in their categories, exactly as Go writes them', async () => {
    await s.launch({ program: fixture('streams.go') });
    await s.terminatedEvent();
    const want = expected('streams');
    assert.strictEqual(s.text('stdout'), want.stdout);
    assert.strictEqual(s.text('stderr'), want.stderr);
  });

  it('runs without debugging (noDebug), ignoring breakpoints', async () => {
    const chars = fixture('chars.go');
    await s.launch({ program: chars, noDebug: true }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: lineOf('chars.go', 'fmt.Printf("%d ", d)') }] }));
    await s.terminatedEvent();
    assert.strictEqual(s.stops.length, 0);
    assert.strictEqual(s.text('stdout'), expected('chars').stdout);
  });

  it('paces virtual time against the wall clock with time: "realtime"', async () => {
    /** Wall time from the program's first line of output to the end of the session. */
    async function sleeping(x: Session, time: string): Promise<number> {
      let started = 0;
      x.dc.on('output', (e) => {
        if (!started && e.body.output.startsWith('start')) started = Date.now();
      });
      await x.launch({ program: fixture('sleepy.go'), time });
      await x.terminatedEvent();
      assert.strictEqual(x.text('stdout'), expected('sleepy').stdout);
      return Date.now() - started;
    }
    const realtime = await sleeping(s, 'realtime');
    // (less the time the first output took to arrive after the program started)
    assert.ok(realtime >= 400, `three sleeps of 150ms took ${realtime}ms of wall time`);
    const v = await Session.start();
    try {
      const virtual = await sleeping(v, 'virtual');
      assert.ok(virtual < 200, `in virtual time the sleeps take no wall time (${virtual}ms)`);
    } finally {
      await v.stop();
    }
  });

  describe('bad input', () => {
    it('ends the session with a message for a file that does not exist', async () => {
      const missing = fixture('no-such-lesson.go');
      await assert.rejects(s.launch({ program: missing }), (e: Error) => e.message.includes('cannot read') && e.message.includes('no such file'));
      await s.terminatedEvent();
      assert.match(s.text('console'), /gosim: cannot read .*no-such-lesson\.go: no such file/);
    });

    it('ends the session with a message for a file that is not Go', async () => {
      await assert.rejects(s.launch({ program: fixture('notes.txt') }), /is not a Go source file/);
      await s.terminatedEvent();
      assert.match(s.text('console'), /notes\.txt is not a Go source file \(expected a \.go file\)/);
    });

    it('ends the session with a message for a bad launch attribute', async () => {
      await assert.rejects(s.launch({ program: fixture('chars.go'), gomaxprocs: 0 }), /"gomaxprocs" must be an integer from 1 to 256/);
      await s.terminatedEvent();
    });

    it('prints go build\'s errors, reports them for the Problems view, and exits with 2', async () => {
      const reported: { file: string; line: number; column: number; message: string }[][] = [];
      s.dc.on('gosim/compileErrors', (e) => reported.push(e.body.errors));
      const file = fixture('broken.go');
      await s.launch({ program: file });
      await s.terminatedEvent();
      assert.strictEqual(s.exitCode, 2);
      // go build prints `./broken.go:5:2: ...` under a package header; gosim names the file as launched.
      const goBuild = fs
        .readFileSync(fixture('broken.build'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('./'))
        .map((l) => l.replace('./broken.go', file));
      assert.deepStrictEqual(s.text('stderr').trimEnd().split('\n'), goBuild);
      assert.match(s.text('console'), /does not compile/);
      const last = reported[reported.length - 1];
      assert.deepStrictEqual(
        last.map((e) => `${e.line}:${e.column}: ${e.message}`),
        goBuild.map((l) => l.slice(file.length + 1)),
      );
      assert.ok(last.every((e) => e.file === file));
    });
  });
});
