// What the benchmarks share: medians, and a garbage collection on demand
// before each measure.

import * as v8 from 'v8';
import * as vm from 'vm';

/** The median (NaN for no figures). */
export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A garbage collection on demand (the flag can be set at run time; `gc` then exists in new contexts). */
function gcFunction(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export const gc = gcFunction();
