// Native parts of package sync/atomic: the dynamic-type test and the panics
// of Value, which Go does with unsafe on the interface words.

import type { NativeImpl } from '../vm/native';
import { GoPanic } from '../vm/panics';
import { Iface } from '../vm/value';

export const natives: Record<string, NativeImpl> = {
  // Both are non-nil interface values.
  'sync/atomic.sameType': { fn: (_h, [a, b]) => (a as Iface).t === (b as Iface).t },

  // Go's traceback shows the panicking method at its line of value.go.
  'sync/atomic.valuePanic': {
    fn(h, [method, line, msg]) {
      const frame = { name: `sync/atomic.(*Value).${method as string}`, file: 'sync/atomic/value.go', line: Number(line), args: true };
      throw new GoPanic(new Iface(h.type('string'), msg), [frame]);
    },
  },
};
