// Native parts of package slices: sorting slices of ordered values with Go's
// pdqsort (sort_pdq.ts), far faster than interpreting it, leaving equal
// floats (-0 and 0, NaNs) where Go's generic sort leaves them.

import type { NativeImpl } from '../vm/native';
import type { Iface, Slice } from '../vm/value';
import { pdqsortOrdered } from './sort';

export const natives: Record<string, NativeImpl> = {
  'slices.isNegZero': { fn: (_h, [x]) => x !== null && Object.is((x as Iface).v, -0) },
  'slices.sortOrdered': { fn: (_h, [s]) => pdqsortOrdered((s as Iface).v as Slice | null) },
};
