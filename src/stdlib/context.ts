// Native parts of package context: what Go asks reflectlite about a key or
// value (its type's name, whether it is comparable), and which Go version's
// valueCtx.String applies.

import type { Machine } from '../runtime/machine';
import type { NativeImpl } from '../vm/native';
import { fromJS } from '../vm/strings';
import { Iface } from '../vm/value';

export const natives: Record<string, NativeImpl> = {
  // v is a non-nil interface value.
  'context.typeString': { fn: (_h, [v]) => fromJS((v as Iface).t.str) },
  'context.isComparable': { fn: (_h, [v]) => (v as Iface).t.comparable },
  // Go 1.21 made valueCtx.String print the key as it prints the value, and
  // the type of a value that is neither a string nor a Stringer.
  'context.stringifyTypes': { fn: (h) => (h.machine as Machine).options.goVersion >= 21 },
};
