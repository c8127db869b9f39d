// Virtual times as a learner reads them: nanoseconds shown in the largest unit
// that keeps them short (658 ns, 3.05 µs, 20.06 ms, 1.234 s).

export function formatNs(ns: number): string {
  const a = Math.abs(ns);
  if (a === 0) return '0';
  if (a < 1e3) return `${Math.round(ns)} ns`;
  if (a < 1e6) return `${trim(ns / 1e3)} µs`;
  if (a < 1e9) return `${trim(ns / 1e6)} ms`;
  return `${trim(ns / 1e9)} s`;
}

/** Four significant figures at most, no trailing zeros. */
function trim(x: number): string {
  const digits = Math.abs(x) >= 100 ? 1 : Math.abs(x) >= 10 ? 2 : 3;
  return String(Number(x.toFixed(digits)));
}
