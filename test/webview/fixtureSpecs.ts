// The recordings the panel's tests are fed: which lesson, how many Ps, and
// where to stop. Recorded from real engine runs (recorder.ts), never written
// by hand; `node test/webview/record.js` writes them as JSON for a look.

import type { RecordSpec } from './recorder';

export const specs: Record<string, RecordSpec> = {
  // The seed lesson mid-run: getChars printing its third letter, then getDigits its second digit.
  getcharsP1: {
    name: 'getchars-gomaxprocs1',
    lesson: 'getchars.go',
    gomaxprocs: 1,
    stops: [
      { line: 33, func: 'main.main' },
      { line: 37, func: 'main.main' },
      { line: 18, func: 'main.getChars', hit: 3 },
      { line: 25, func: 'main.getDigits', hit: 2 },
    ],
    exit: true,
  },
  getcharsP4: {
    name: 'getchars-gomaxprocs4',
    lesson: 'getchars.go',
    gomaxprocs: 4,
    stops: [
      { line: 33, func: 'main.main' },
      { line: 37, func: 'main.main' },
      { line: 18, func: 'main.getChars', hit: 3 },
      { line: 25, func: 'main.getDigits', hit: 2 },
    ],
    exit: true,
  },
  // A thousand goroutines: 900 workers on a channel, 100 spinners, a mutex and a WaitGroup.
  thousand: {
    name: 'thousand-gomaxprocs4',
    lesson: 'thousand.go',
    gomaxprocs: 4,
    stops: [{ time: 300_000 }, { line: 15, func: 'main.worker', hit: 200 }],
  },
  // Every kind of wait at once.
  blocking: {
    name: 'blocking-gomaxprocs2',
    lesson: 'blocking.go',
    gomaxprocs: 2,
    stops: [{ line: 40, func: 'main.main' }, { line: 41, func: 'main.main' }],
  },
  // Ten thousand goroutines parked on one channel, for the frame-time measurement.
  tenThousand: {
    name: 'tenthousand-gomaxprocs4',
    lesson: 'tenthousand.go',
    gomaxprocs: 4,
    stops: [
      { line: 21, func: 'main.main' },
      { line: 22, func: 'main.main' },
    ],
  },
};
